// Resolver: decides, once, where every name lives at run time, so the
// evaluator never looks names up by string on a hot path.
//
// Python's rules (CPython's symtable.c): a name bound anywhere in a function
// (assignment, augmented assignment, del, for/with/except target, import,
// def/class, parameter) is local to it unless declared global or nonlocal;
// a name only read is looked up in enclosing *function* scopes (class bodies
// are skipped), then module globals, then builtins. Comprehensions are
// function scopes of their own. A local read by an inner function becomes a
// cell; every scope between the reader and the owner passes the cell along
// as a free variable.
//
// Results (see ast.h): Name::scope/index for every Name, and the Scope of the
// module, every function, lambda, class and comprehension, plus
// Module::globals and Module::builtins.
//
// Errors are CPython's symtable errors: "no binding for nonlocal 'x' found",
// "name 'x' is parameter and global", "nonlocal declaration not allowed at
// module level", "name 'x' is used prior to global declaration", ...
#pragma once

#include "python/frontend.h"

namespace ls::py {

// Resolves program.module in place. Throws SyntaxErrorException.
void resolve(Program& program);

}  // namespace ls::py

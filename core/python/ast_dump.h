// A compact S-expression rendering of the AST, for tests and debugging.
//
//   x = a + 1          ->  (= x (+ a 1))
//   for i in r: pass   ->  (for i r [pass])
//   f(*a, k=2)         ->  (call f (* a) k=2)
//
// Statement blocks print as [s1 s2]; a module prints one statement per line.
// With `scopes`, names show their resolution: x:L0 (local slot 0), :C cell,
// :F free, :G global, :B builtin.
#pragma once

#include <string>

#include "python/ast.h"

namespace ls::py::ast {

struct DumpOptions {
  bool scopes = false;
};

std::string dump(const Node* node, DumpOptions options = {});

}  // namespace ls::py::ast

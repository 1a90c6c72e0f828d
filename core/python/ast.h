// The AST of a Loopscope Python program, modelled on CPython's ast module
// (Parser/Python.asdl) restricted to the supported subset.
//
// Ownership: every node, list and decoded string lives in the Program's Arena
// (see frontend.h); pointers stay valid as long as the Program does. Nodes
// are plain structs: switch on `kind`, then cast with ast::as<T>().
//
// Positions: every node has line:col .. end_line:end_col, 1-based, columns in
// code points, end exclusive (CPython's positions plus one on columns).
//
// After parse_program() the resolver has filled in every Name's scope/index
// and every scope-carrying node's Scope (function, lambda, class,
// comprehension, module); see Scope and Name below. Children are never null
// unless the field says "or nullptr".
#pragma once

#include <cstdint>
#include <string_view>

#include "python/arena.h"

namespace ls::py::ast {

using ::ls::py::Seq;  // so ast::Seq<ast::Stmt*> reads naturally

enum class NodeKind : uint8_t {
  // Expressions.
  Name, Constant, JoinedStr, FormattedValue, UnaryOp, BinOp, BoolOp, Compare,
  IfExp, Lambda, Call, Attribute, Subscript, Slice, Starred, List, Tuple, Set,
  Dict, ListComp, SetComp, DictComp, GeneratorExp, Await,
  // Statements.
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  While, If, With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal,
  ExprStmt, Pass, Break, Continue,
  // Neither.
  ExceptHandler, Module,
};

const char* node_kind_name(NodeKind kind);

inline bool is_expr(NodeKind k) { return k <= NodeKind::Await; }
inline bool is_stmt(NodeKind k) { return k >= NodeKind::FunctionDef && k <= NodeKind::Continue; }

struct Node {
  NodeKind kind;
  uint32_t line, col, end_line, end_col;
};
struct Expr : Node {
  static bool is(NodeKind k) { return is_expr(k); }
};
struct Stmt : Node {
  static bool is(NodeKind k) { return is_stmt(k); }
};

// Checked downcast: nullptr when `n` is not a T. (Comp covers four kinds.)
template <class T>
T* as(Node* n) {
  return n && T::is(n->kind) ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* as(const Node* n) {
  return n && T::is(n->kind) ? static_cast<const T*>(n) : nullptr;
}

#define LS_AST_KIND(K) \
  static constexpr NodeKind kKind = NodeKind::K; \
  static bool is(NodeKind k) { return k == kKind; }

// An identifier: its text and a program-wide id (equal texts, equal ids), so
// attribute and keyword names can be compared and hashed as integers.
struct Ident {
  std::string_view text;
  uint32_t id = 0;
  bool empty() const { return text.empty(); }
};

// ----------------------------------------------------------------------------
// Scopes (filled in by the resolver).
//
// A function call gets a frame of scope.slots.size() value slots:
//   - slots [0, num_params) receive the arguments (see Parameters for order);
//   - a Local slot holds a value directly (may be unbound: reading it then
//     raises UnboundLocalError);
//   - a Cell slot holds a fresh cell created at frame entry (for a parameter,
//     the cell starts out holding the argument); inner functions capture it;
//   - a Free slot holds a cell taken from the function's closure.
// Creating a function object (def/lambda/comprehension) captures, for each
// FreeVar of the *inner* scope, the cell in the *enclosing* frame's slot
// `outer_slot`, in order; frame entry copies closure[i] into frees[i].slot.
// ----------------------------------------------------------------------------

enum class ScopeKind : uint8_t { Module, Function, Class, Comprehension };
enum class SlotKind : uint8_t { Local, Cell, Free };

struct Slot {
  Ident name;
  SlotKind kind;
};

struct FreeVar {
  uint32_t slot;        // slot in this frame
  uint32_t outer_slot;  // Cell or Free slot in the enclosing frame to capture
};

struct Scope {
  ScopeKind kind;
  uint32_t num_params;  // 1 for a comprehension: its outermost iterator ".0"
  Seq<Slot> slots;      // frame layout; names kept for error messages
  Seq<uint32_t> cells;  // Cell slots, to create at frame entry
  Seq<FreeVar> frees;   // Free slots, to fill from the closure
  // The `__class__` cell that zero-argument super() needs: a Cell slot in a
  // class body (the evaluator stores the new class in it), a Free slot in a
  // function that uses `super` or `__class__`; -1 when absent.
  int32_t class_cell = -1;
};

// How a Name is reached at run time.
enum class NameScope : uint8_t {
  Unresolved,  // only before the resolver ran
  Local,       // frame slot holding the value (class body: the namespace entry)
  Cell,        // frame slot holding a cell this frame created
  Free,        // frame slot holding a cell from the closure
  Global,      // module slot (Module::globals); if unbound, fall back to the
               // builtin of the same name before raising NameError
  Builtin,     // builtin slot (Module::builtins), looked up once per program
};

// ----------------------------------------------------------------------------
// Expressions.
// ----------------------------------------------------------------------------

enum class Ctx : uint8_t { Load, Store, Del };

struct Name : Expr {
  LS_AST_KIND(Name)
  Ident id;
  Ctx ctx;
  NameScope scope;  // see NameScope
  uint32_t index;   // slot index in the space `scope` names
};

enum class ConstKind : uint8_t { None, Bool, Ellipsis, Int, BigInt, Float, Str, Bytes };

struct Constant : Expr {
  LS_AST_KIND(Constant)
  ConstKind value_kind;
  bool b;              // Bool
  int64_t i;           // Int (every integer literal that fits in int64)
  double f;            // Float
  std::string_view s;  // Str: UTF-8 text; Bytes: the bytes;
                       // BigInt: digits in `base`, no prefix or underscores
  uint8_t base;        // BigInt: 2, 8, 10 or 16
};

struct JoinedStr;

// One {replacement field} of an f-string.
struct FormattedValue : Expr {
  LS_AST_KIND(FormattedValue)
  Expr* value;
  char conversion;         // 0 (none), 's', 'r' or 'a'
  JoinedStr* format_spec;  // its parts may hold nested fields; or nullptr
};

// An f-string: Constant (Str) and FormattedValue parts, concatenated. A
// `{x=}` debug field arrives already expanded to "x=" + {x!r}.
struct JoinedStr : Expr {
  LS_AST_KIND(JoinedStr)
  Seq<Expr*> values;
};

enum class UnaryOpKind : uint8_t { Not, Neg, Pos, Invert };

struct UnaryOp : Expr {
  LS_AST_KIND(UnaryOp)
  UnaryOpKind op;
  Expr* operand;
};

// Also the operator of AugAssign.
enum class BinOpKind : uint8_t {
  Add, Sub, Mul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd
};

struct BinOp : Expr {
  LS_AST_KIND(BinOp)
  BinOpKind op;
  Expr* left;
  Expr* right;
};

enum class BoolOpKind : uint8_t { And, Or };

// `a or b or c` is one BoolOp with three values.
struct BoolOp : Expr {
  LS_AST_KIND(BoolOp)
  BoolOpKind op;
  Seq<Expr*> values;  // at least two
};

enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// `a < b <= c`: left=a, ops=[Lt, LtE], comparators=[b, c].
struct Compare : Expr {
  LS_AST_KIND(Compare)
  Expr* left;
  Seq<CmpOp> ops;
  Seq<Expr*> comparators;  // same length as ops
};

struct IfExp : Expr {
  LS_AST_KIND(IfExp)
  Expr* test;
  Expr* body;
  Expr* orelse;
};

struct Function;

struct Lambda : Expr {
  LS_AST_KIND(Lambda)
  Function* fn;
};

// A keyword argument `name=value`, or `**value` when `arg` is empty.
struct Keyword {
  Ident arg;
  Expr* value;
  uint32_t line, col;
};

struct Call : Expr {
  LS_AST_KIND(Call)
  Expr* func;
  Seq<Expr*> args;         // positional; Starred for `*x`
  Seq<Keyword> keywords;   // in source order
  bool simple;             // no `*x` and no `**x`: the evaluator's fast path
};

struct Attribute : Expr {
  LS_AST_KIND(Attribute)
  Expr* value;
  Ident attr;
  Ctx ctx;
};

// `value[slice]`; slice is an expression, a Slice, or a Tuple that may hold
// Slices (`a[1:2, ::3]`).
struct Subscript : Expr {
  LS_AST_KIND(Subscript)
  Expr* value;
  Expr* slice;
  Ctx ctx;
};

struct Slice : Expr {
  LS_AST_KIND(Slice)
  Expr* lower;  // or nullptr
  Expr* upper;  // or nullptr
  Expr* step;   // or nullptr
};

// `*value` in a call, a display, or an assignment target.
struct Starred : Expr {
  LS_AST_KIND(Starred)
  Expr* value;
  Ctx ctx;
};

struct List : Expr {
  LS_AST_KIND(List)
  Seq<Expr*> elts;
  Ctx ctx;
};

struct Tuple : Expr {
  LS_AST_KIND(Tuple)
  Seq<Expr*> elts;
  Ctx ctx;
};

struct Set : Expr {
  LS_AST_KIND(Set)
  Seq<Expr*> elts;
};

// keys[i] == nullptr means `**values[i]`.
struct Dict : Expr {
  LS_AST_KIND(Dict)
  Seq<Expr*> keys;
  Seq<Expr*> values;
};

// One `[async] for target in iter if cond...` clause.
struct Comprehension {
  Expr* target;
  Expr* iter;  // the first clause's iter is evaluated in the enclosing scope
  Seq<Expr*> ifs;
  bool is_async;
};

// ListComp, SetComp, DictComp and GeneratorExp share this node; `kind` tells
// them apart. Each runs in its own scope, like a nested function whose one
// parameter (slot 0) is the first clause's iterator.
struct Comp : Expr {
  static bool is(NodeKind k) { return k >= NodeKind::ListComp && k <= NodeKind::GeneratorExp; }
  Expr* elt;    // the element; the key for a DictComp
  Expr* value;  // DictComp only, else nullptr
  Seq<Comprehension> generators;
  Scope scope;
  std::string_view name;  // "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"
  bool contains_await;    // await or async for inside (list/set/dict only)
};

struct Await : Expr {
  LS_AST_KIND(Await)
  Expr* value;
};

// ----------------------------------------------------------------------------
// Functions (def, async def, lambda): the "code object" of the evaluator.
// ----------------------------------------------------------------------------

struct Arg {
  Ident name;
  Expr* annotation;  // or nullptr
  uint32_t line, col;
  uint32_t slot;     // frame slot receiving this argument
};

// Slots are assigned in this order: args, kwonly, vararg, kwarg.
struct Parameters {
  Seq<Arg> args;           // positional-or-keyword parameters
  uint32_t posonly_count;  // how many leading args came before `/`
  Seq<Expr*> defaults;     // defaults of the LAST defaults.size() args
  Arg* vararg;             // *args, or nullptr
  Seq<Arg> kwonly;         // keyword-only parameters
  Seq<Expr*> kw_defaults;  // one per kwonly entry; nullptr = required
  Arg* kwarg;              // **kwargs, or nullptr
};

struct Function {
  Ident name;                 // "<lambda>" for a lambda
  std::string_view qualname;  // "f", "C.method", "outer.<locals>.inner"
  Parameters params;
  Seq<Stmt*> body;            // a lambda's body is one Return of its expression
  Expr* returns;              // `-> annotation`, or nullptr
  Scope scope;
  uint32_t line, col;         // the `def`/`async`/`lambda` keyword
  bool is_async;
  bool is_lambda;
  // An await, async for or async with directly in this body or in its
  // comprehensions (not in nested functions): where the evaluator needs a
  // suspendable frame.
  bool contains_await;
};

// ----------------------------------------------------------------------------
// Statements.
// ----------------------------------------------------------------------------

struct FunctionDef : Stmt {
  LS_AST_KIND(FunctionDef)
  Function* fn;
  Seq<Expr*> decorators;  // applied last to first, as in Python
  Name* target;           // where the function is bound (ctx Store)
};

struct ClassDef : Stmt {
  LS_AST_KIND(ClassDef)
  Ident name;
  std::string_view qualname;
  Seq<Expr*> bases;
  Seq<Stmt*> body;
  Seq<Expr*> decorators;
  Name* target;
  // The body runs like a function without parameters; its Local slots become
  // the class namespace (in slot order). Methods do not see these names.
  Scope scope;
};

struct Return : Stmt {
  LS_AST_KIND(Return)
  Expr* value;  // or nullptr
};

struct Delete : Stmt {
  LS_AST_KIND(Delete)
  Seq<Expr*> targets;  // Name, Attribute, Subscript, or List/Tuple of them; ctx Del
};

// `a = b = value`: targets [a, b], assigned left to right.
struct Assign : Stmt {
  LS_AST_KIND(Assign)
  Seq<Expr*> targets;  // Name, Attribute, Subscript, List/Tuple (may hold one Starred)
  Expr* value;
};

struct AugAssign : Stmt {
  LS_AST_KIND(AugAssign)
  Expr* target;  // Name, Attribute or Subscript
  BinOpKind op;
  Expr* value;
};

// `target: annotation [= value]`. Like CPython, evaluate the annotation only
// at module and class level (and store it nowhere); inside a function it is
// not evaluated at all.
struct AnnAssign : Stmt {
  LS_AST_KIND(AnnAssign)
  Expr* target;      // Name, Attribute or Subscript
  Expr* annotation;
  Expr* value;       // or nullptr
  bool simple;       // target is a bare, unparenthesized Name
};

struct For : Stmt {
  LS_AST_KIND(For)
  Expr* target;
  Expr* iter;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;  // runs when the loop ends without break
  bool is_async;
};

struct While : Stmt {
  LS_AST_KIND(While)
  Expr* test;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;
};

// `elif` is an If alone in the orelse of the previous one.
struct If : Stmt {
  LS_AST_KIND(If)
  Expr* test;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;
};

struct WithItem {
  Expr* context_expr;
  Expr* optional_vars;  // the `as` target, or nullptr
};

struct With : Stmt {
  LS_AST_KIND(With)
  Seq<WithItem> items;  // entered left to right, as nested withs
  Seq<Stmt*> body;
  bool is_async;
};

struct Raise : Stmt {
  LS_AST_KIND(Raise)
  Expr* exc;    // nullptr for a bare re-raise
  Expr* cause;  // `from cause`, or nullptr
};

struct ExceptHandler : Node {
  LS_AST_KIND(ExceptHandler)
  Expr* type;  // nullptr for a bare `except:`
  Name* name;  // `as name`, or nullptr
  Seq<Stmt*> body;
};

struct Try : Stmt {
  LS_AST_KIND(Try)
  Seq<Stmt*> body;
  Seq<ExceptHandler*> handlers;
  Seq<Stmt*> orelse;
  Seq<Stmt*> finalbody;
};

struct Assert : Stmt {
  LS_AST_KIND(Assert)
  Expr* test;
  Expr* msg;  // or nullptr
};

// `import a.b.c` (name "a.b.c", binds `a`) / `import a.b as c` (binds `c` to
// a.b) / in ImportFrom, `x as y` (name "x", binds `y`).
struct Alias {
  std::string_view name;
  Ident asname;  // empty when absent
  Name* target;  // the name bound, ctx Store
  uint32_t line, col;
};

struct Import : Stmt {
  LS_AST_KIND(Import)
  Seq<Alias> names;
};

struct ImportFrom : Stmt {
  LS_AST_KIND(ImportFrom)
  std::string_view module;  // dotted; empty in `from . import x`
  uint32_t level;           // number of leading dots
  Seq<Alias> names;
};

struct Global : Stmt {
  LS_AST_KIND(Global)
  Seq<Ident> names;
};

struct Nonlocal : Stmt {
  LS_AST_KIND(Nonlocal)
  Seq<Ident> names;
};

struct ExprStmt : Stmt {
  LS_AST_KIND(ExprStmt)
  Expr* value;
};

struct Pass : Stmt {
  LS_AST_KIND(Pass)
};
struct Break : Stmt {
  LS_AST_KIND(Break)
};
struct Continue : Stmt {
  LS_AST_KIND(Continue)
};

// The whole program. Module-level names all live in module slots.
struct Module : Node {
  LS_AST_KIND(Module)
  Seq<Stmt*> body;
  Scope scope;             // kind Module; no frame slots
  Seq<Ident> globals;      // module slot i holds globals[i]
  Seq<Ident> builtins;     // builtin slot i is the builtin named builtins[i]
};

#undef LS_AST_KIND

}  // namespace ls::py::ast

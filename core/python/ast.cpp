// Node kind names.
#include "python/ast.h"

namespace ls::py::ast {

const char* node_kind_name(NodeKind kind) {
  static constexpr const char* kNames[] = {
      "Name", "Constant", "JoinedStr", "FormattedValue", "UnaryOp", "BinOp", "BoolOp",
      "Compare", "IfExp", "Lambda", "Call", "Attribute", "Subscript", "Slice", "Starred",
      "List", "Tuple", "Set", "Dict", "ListComp", "SetComp", "DictComp", "GeneratorExp",
      "Await", "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
      "AnnAssign", "For", "While", "If", "With", "Raise", "Try", "Assert", "Import",
      "ImportFrom", "Global", "Nonlocal", "ExprStmt", "Pass", "Break", "Continue",
      "ExceptHandler", "Module",
  };
  static_assert(sizeof kNames / sizeof kNames[0] == static_cast<size_t>(NodeKind::Module) + 1);
  return kNames[static_cast<size_t>(kind)];
}

}  // namespace ls::py::ast

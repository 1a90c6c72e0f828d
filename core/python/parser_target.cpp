// Assignment and deletion targets: parsing target lists and checking that an
// expression can be assigned to, with CPython's messages when it cannot.
#include "python/parser.h"

namespace ls::py {

using namespace ast;

// One target of a for loop, comprehension or `with ... as`: `*x` or an
// expression at the bitwise-or level, so that `in` is not swallowed as an
// operator.
Expr* Parser::parse_star_target() {
  if (!at(Tok::Star)) return parse_binary(1);
  auto* s = make<Starred>(next());
  s->value = parse_binary(1);
  finish(s);
  return s;
}

// Targets separated by commas up to `stop` (a Tuple when there are several).
Expr* Parser::parse_target_list(Tok stop) {
  Expr* first = parse_star_target();
  if (!at(Tok::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma) && !at(stop)) elts.push_back(parse_star_target());
  auto* t = make<Tuple>(first);
  t->elts = seq(elts);
  finish(t);
  return t;
}

// CPython's names for expressions in "cannot assign to ..." messages.
const char* Parser::describe(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return "lambda";
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Await: return "await expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::Constant: {
      auto* c = static_cast<const Constant*>(e);
      if (c->value_kind == ConstKind::None) return "None";
      if (c->value_kind == ConstKind::Bool) return c->b ? "True" : "False";
      if (c->value_kind == ConstKind::Ellipsis) return "ellipsis";
      return "literal";
    }
    default: return "expression";
  }
}

// Marks `e` as an assignment target, or fails. `assign_here` is true for the
// single target of a plain `x = value`, where CPython suggests '=='.
void Parser::set_store(Expr* e, bool assign_here) {
  switch (e->kind) {
    case NodeKind::Name: static_cast<Name*>(e)->ctx = Ctx::Store; return;
    case NodeKind::Attribute: static_cast<Attribute*>(e)->ctx = Ctx::Store; return;
    case NodeKind::Subscript: static_cast<Subscript*>(e)->ctx = Ctx::Store; return;
    case NodeKind::Starred:
      fail_at(e, "starred assignment target must be in a list or tuple");
    case NodeKind::Tuple:
    case NodeKind::List: {
      Seq<Expr*> elts = e->kind == NodeKind::Tuple ? static_cast<Tuple*>(e)->elts
                                                   : static_cast<List*>(e)->elts;
      bool starred = false;
      for (Expr* elt : elts) {
        if (auto* s = as<Starred>(elt)) {
          if (starred) fail_at(e, "multiple starred expressions in assignment");
          starred = true;
          s->ctx = Ctx::Store;
          set_store(s->value, false);
        } else {
          set_store(elt, false);
        }
      }
      if (auto* t = as<Tuple>(e)) t->ctx = Ctx::Store;
      if (auto* l = as<List>(e)) l->ctx = Ctx::Store;
      return;
    }
    default: break;
  }
  std::string message = std::string("cannot assign to ") + describe(e);
  auto* c = as<Constant>(e);
  bool keyword_constant = c && (c->value_kind == ConstKind::None || c->value_kind == ConstKind::Bool);
  bool operator_level = e->kind != NodeKind::Lambda && e->kind != NodeKind::IfExp &&
                        e->kind != NodeKind::BoolOp && e->kind != NodeKind::Compare &&
                        !(e->kind == NodeKind::UnaryOp &&
                          static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not);
  if (assign_here && !keyword_constant && operator_level) {
    message += " here. Maybe you meant '==' instead of '='?";
  }
  fail_at(e, message);
}

void Parser::set_del(Expr* e) {
  switch (e->kind) {
    case NodeKind::Name: static_cast<Name*>(e)->ctx = Ctx::Del; return;
    case NodeKind::Attribute: static_cast<Attribute*>(e)->ctx = Ctx::Del; return;
    case NodeKind::Subscript: static_cast<Subscript*>(e)->ctx = Ctx::Del; return;
    case NodeKind::Tuple:
      for (Expr* elt : static_cast<Tuple*>(e)->elts) set_del(elt);
      static_cast<Tuple*>(e)->ctx = Ctx::Del;
      return;
    case NodeKind::List:
      for (Expr* elt : static_cast<List*>(e)->elts) set_del(elt);
      static_cast<List*>(e)->ctx = Ctx::Del;
      return;
    default: fail_at(e, std::string("cannot delete ") + describe(e));
  }
}

// Augmented assignment takes exactly a name, attribute or subscript.
void Parser::check_aug_target(Expr* e) const {
  switch (e->kind) {
    case NodeKind::Name: static_cast<Name*>(e)->ctx = Ctx::Store; return;
    case NodeKind::Attribute: static_cast<Attribute*>(e)->ctx = Ctx::Store; return;
    case NodeKind::Subscript: static_cast<Subscript*>(e)->ctx = Ctx::Store; return;
    default:
      fail_at(e, std::string("'") + describe(e) + "' is an illegal expression for augmented assignment");
  }
}

}  // namespace ls::py

#include "model/lesson_code.h"

namespace ls::app {

std::vector<CodeSource> code_sources(const Workspace& ws) {
  std::vector<CodeSource> out;
  const lesson::Lesson* l = ws.lesson();
  if (!l || !ws.steps()) return out;
  for (const std::string& name : ws.shown()) {
    const lesson::Variant* v = l->variant(name);
    if (!v) continue;
    CodeSource src;
    src.title = v->name;
    src.file = v->path;  // the run is traced under the path it was read from
    src.text = ws.lesson_source(name);
    for (const lesson::Pointer& p : ws.steps()->step().points) {
      if (p.file == v->file) {
        src.points.push_back({static_cast<std::uint32_t>(p.first), static_cast<std::uint32_t>(p.last)});
      }
    }
    out.push_back(std::move(src));
  }
  return out;
}

}  // namespace ls::app

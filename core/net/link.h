// Link: the network path to one host, as a processor-sharing model in exact
// virtual time. No loop, no timers: SimNetwork drives it.
//
// A flow is one HTTP transfer. It spends `latency` before its first byte (state
// "waiting"), then receives its body (state "receiving") until every byte has
// arrived (state "complete", and it leaves the link). All receiving flows get the
// same rate: the per-connection bandwidth, or the host's shared cap divided
// fairly among them when that is lower. The rate changes only at breakpoints (a
// flow starts receiving or completes), so between two breakpoints every flow's
// progress is linear and the next breakpoint can be computed exactly.
//
// A flow can be watched: a reader wants `want` bytes to have arrived (0 = the
// headers, i.e. the end of the latency). advance_to() reports watched flows whose
// wish came true, in the order it happened.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

#include "net/profile.h"

namespace ls::net {

constexpr Nanos kNever = std::numeric_limits<Nanos>::max();

struct Flow {
  virtual ~Flow() = default;
  std::uint64_t id = 0;
  std::int64_t size = 0;
  Nanos body_start = 0;   // the request's start + latency: headers arrive, body begins
  double delivered = 0;   // bytes that have arrived (fractional between breakpoints)
  bool receiving = false; // past body_start
  bool complete = false;  // every byte arrived; the flow has left the link
  Nanos finished = 0;     // when the last byte arrived (valid once complete)
  std::int64_t want = -1; // a reader waits for this many bytes (0: headers); -1: nobody

  // Bytes a reader may take: whole bytes that have arrived.
  std::int64_t arrived() const;
};

class Link {
 public:
  explicit Link(HostParams p) : p_(p) {}

  const HostParams& params() const { return p_; }
  // The rate each receiving flow gets now (bytes/s).
  double rate() const;
  std::size_t active() const { return flows_.size(); }
  std::size_t receiving() const;
  Nanos last() const { return last_; }

  // Adds a flow at the link's current time (call advance_to(now) first, and
  // again after, so a zero-latency flow starts receiving at once).
  void add(std::shared_ptr<Flow> f);
  // Takes a flow off the link (the reader closed it early).
  void remove(const Flow& f);
  // Whether a watch on f is already satisfied (at the link's current time).
  bool satisfied(const Flow& f) const;

  // The next time something happens: a flow starts receiving or completes, or a
  // watched flow reaches its wish. kNever if nothing will.
  Nanos next_event() const;
  // Moves the link to time t >= last(): every breakpoint in between is processed
  // in order. Watched flows whose wish came true are appended to `met` (their
  // want reset to -1), in the order their wishes came true.
  void advance_to(Nanos t, std::vector<std::shared_ptr<Flow>>* met = nullptr);
  // When flow `id` would complete if nothing new joined the link: a pure
  // what-if on a copy (requests.get holds the loop, so nothing new can join).
  Nanos completion_time(std::uint64_t id) const;

 private:
  // Settles the state at last_: promotes flows whose latency is over, completes
  // flows with no bytes left, reports satisfied watches.
  void settle(std::vector<std::shared_ptr<Flow>>* met);
  // Every receiving flow receives for d at the current rate.
  void progress(Nanos d);
  // Bytes within the clock's resolution at the current rate: what counts as none.
  double slack() const;
  Nanos time_to(double bytes) const;

  HostParams p_;
  std::vector<std::shared_ptr<Flow>> flows_;  // not yet complete, in arrival order
  Nanos last_ = 0;                            // the time flows_ are up to date with
};

}  // namespace ls::net

// core/net's public header: the simulated network and the file sandbox.
#pragma once

#include "net/content.h"
#include "net/link.h"
#include "net/profile.h"
#include "net/sandbox.h"
#include "net/sim_network.h"
#include "net/url.h"

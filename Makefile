# Thin wrappers over CMake. `make run` and `make test` do the whole set-up on a
# fresh Debian 12 machine: missing packages are installed with apt-get first.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)

.PHONY: all deps configure build run test bench clean

all: build

deps:
	@./scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Opens the app; with no display, says so and prints lesson 1's text timeline.
run: build
	@./scripts/run-app.sh $(BUILD_DIR)/bin/loopscope

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: build
	@$(BUILD_DIR)/bin/loopscope-bench

clean:
	@rm -rf $(BUILD_DIR)

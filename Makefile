# Custodian: convenience entry points. `make run` and `make test` work on a fresh Debian/Ubuntu
# machine: they install the system packages that are missing, configure, build, then start the
# app or run every test. `make test` then runs the core and CLI tests again in a second tree built
# by clang with AddressSanitizer and UndefinedBehaviorSanitizer (`make sanitize` alone).

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# The sanitizer tree (cmake/Sanitizers.cmake): clang, no Qt Widgets, line tables only for the
# reports. -O0: instrumented code compiles three times faster than at -O1, and the tests, whose time
# goes to OpenSSL's key derivation and the sanitizer's allocator, run about as fast.
SANITIZE_DIR ?= build-clang
SANITIZE_CXX ?= clang++
SANITIZE_FLAGS ?= -O0 -g1

DEB_PACKAGES := cmake ninja-build g++ pkg-config ccache \
	qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
	qt6-translations-l10n qt6-svg-dev libqt6sql6-sqlite libgl-dev \
	libsqlcipher-dev libssl-dev sqlcipher qtkeychain-qt6-dev libzxcvbn-dev \
	libxlsxwriter-dev libminizip-dev \
	gnome-keyring dbus-bin xvfb xauth poppler-utils fonts-dejavu-core fonts-crosextra-carlito \
	dpkg-dev desktop-file-utils appstream man-db \
	postgresql libqt6sql6-psql \
	clang libclang-rt-dev llvm

.PHONY: all deps configure build run test sanitize fuzz bench package format update_translations screenshots clean

all: build

deps:
	@./packaging/install-deps.sh $(DEB_PACKAGES)

$(BUILD_DIR)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	./$(BUILD_DIR)/bin/custodian

# The screenshot tour (custodian --tour) in both languages at 1280x800, under $(BUILD_DIR)/tour;
# the English ones the AppStream metainfo names are copied to packaging/screenshots.
screenshots: build
	rm -rf $(BUILD_DIR)/tour
	for lang in en nl; do QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/bin/custodian --tour $(BUILD_DIR)/tour/$$lang \
		--lang $$lang --size 1280x800 || exit 1; done
	for screen in dashboard start-page organisation activity agreement lock-screen; do \
		cp $(BUILD_DIR)/tour/en/*-$$screen.png packaging/screenshots/$$screen.png || exit 1; done

# One tree after the other, so that two builds never share the machine.
test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)
	$(MAKE) --no-print-directory sanitize

$(SANITIZE_DIR)/build.ninja: CMakeLists.txt
	CXX=$(SANITIZE_CXX) cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug \
		-DCMAKE_CXX_FLAGS_DEBUG="$(SANITIZE_FLAGS)" -DCUSTODIAN_SANITIZE=ON -DCUSTODIAN_BUILD_UI=OFF

# Reports of the custodian-cli processes the tests start land in sanitizer-reports/: printed, and
# any of them fails the run.
sanitize: deps $(SANITIZE_DIR)/build.ninja
	cmake --build $(SANITIZE_DIR) -j $(JOBS)
	rm -f $(SANITIZE_DIR)/sanitizer-reports/*
	cd $(SANITIZE_DIR) && { ctest --output-on-failure -j $(JOBS); status=$$?; \
		if ls sanitizer-reports/* >/dev/null 2>&1; then tail -n +1 sanitizer-reports/*; status=1; fi; \
		exit $$status; }

# Fuzzes each import reader open-ended (CUSTODIAN_FUZZ_SECONDS each, default 300) in the sanitizer
# tree; `make test` only replays their committed corpus.
FUZZ_SECONDS ?= 300
fuzz: deps $(SANITIZE_DIR)/build.ninja
	cmake -S . -B $(SANITIZE_DIR) -DCUSTODIAN_FUZZ_SECONDS=$(FUZZ_SECONDS)
	cmake --build $(SANITIZE_DIR) -j $(JOBS) --target fuzz

bench: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target bench
	./$(BUILD_DIR)/bin/custodian-bench

package: build
	cmake --build $(BUILD_DIR) --target package_deb

format:
	cmake --build $(BUILD_DIR) --target format

update_translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR)

# Custodian: convenience entry points. `make run` and `make test` work on a fresh Debian/Ubuntu
# machine: they install the system packages that are missing, configure, build, then start the
# app or run every test.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

DEB_PACKAGES := cmake ninja-build g++ pkg-config ccache \
	qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
	qt6-translations-l10n qt6-svg-dev libqt6sql6-sqlite libgl-dev \
	libsqlcipher-dev libssl-dev sqlcipher qtkeychain-qt6-dev \
	gnome-keyring dbus-bin xvfb xauth poppler-utils fonts-dejavu-core \
	dpkg-dev desktop-file-utils appstream man-db \
	postgresql libqt6sql6-psql

.PHONY: all deps configure build run test bench package format update_translations clean

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

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

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
	rm -rf $(BUILD_DIR)

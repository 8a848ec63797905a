# Installation and packages. Included at the end of the top-level CMakeLists.txt, after the
# custodian and custodian-cli targets exist.
#
#   Linux    GNUInstallDirs layout: executables, .desktop file, AppStream metainfo, hicolor icons,
#            shared-mime-info XML, man page; CPack DEB with dependencies from dpkg-shlibdeps.
#            `cmake --build build --target package_deb` builds the two programs and the .deb.
#   Windows  bin/ with Qt (windeployqt) and every other DLL the programs load; CPack WIX (fixed
#            upgrade GUID) by default, NSIS as well; .custodian opens in Custodian.
#   macOS    Custodian.app (Info.plist with the .custodian document type, macdeployqt), custodian-cli
#            inside it; CPack DragNDrop.
# Only the Linux part can be tried on the project's machines; see packaging/README.md.

include(GNUInstallDirs)

set(CUSTODIAN_APP_ID org.custodian.Custodian)
set(CUSTODIAN_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(CUSTODIAN_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)
set(CUSTODIAN_ICON_SIZES 16 24 32 48 64 128 256)

# --- Per-platform target settings -----------------------------------------------------------------

if(WIN32)
    # Icon and version information of custodian.exe.
    set(CUSTODIAN_ICO_FILE ${CUSTODIAN_PACKAGING_DIR}/windows/custodian.ico)
    configure_file(${CUSTODIAN_PACKAGING_DIR}/windows/custodian.rc.in ${PROJECT_BINARY_DIR}/custodian.rc @ONLY)
    target_sources(custodian PRIVATE ${PROJECT_BINARY_DIR}/custodian.rc)
endif()

if(APPLE)
    set(_custodian_icns ${CUSTODIAN_PACKAGING_DIR}/macos/custodian.icns)
    target_sources(custodian PRIVATE ${_custodian_icns})
    # Source file properties belong to a directory: set them where the target was defined.
    set_source_files_properties(${_custodian_icns} TARGET_DIRECTORY custodian
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(custodian PROPERTIES
        OUTPUT_NAME Custodian
        MACOSX_BUNDLE_INFO_PLIST ${CUSTODIAN_PACKAGING_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${CUSTODIAN_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME Custodian
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE custodian.icns
        MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
endif()

# --- Install rules --------------------------------------------------------------------------------

if(APPLE)
    # Everything inside the bundle, so that the disk image holds one thing to drag.
    install(TARGETS custodian BUNDLE DESTINATION .)
    install(TARGETS custodian-cli RUNTIME DESTINATION Custodian.app/Contents/MacOS)
elseif(WIN32)
    # The dependency set collects every DLL the programs load; see the install rule below.
    install(TARGETS custodian custodian-cli RUNTIME_DEPENDENCY_SET custodian_runtime
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    install(TARGETS custodian custodian-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(WIN32 OR APPLE)
    # Qt's deployment tool (windeployqt / macdeployqt) copies Qt and its plugins next to the
    # programs. Qt 6.3 and later provide QT_DEPLOY_SUPPORT for this.
    if(APPLE)
        set(_custodian_deploy_executable "Custodian.app")
        set(_custodian_deploy_additional "Custodian.app/Contents/MacOS/custodian-cli")
    else()
        set(_custodian_deploy_executable "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:custodian>")
        set(_custodian_deploy_additional "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:custodian-cli>")
    endif()
    set(_custodian_deploy_script ${PROJECT_BINARY_DIR}/deploy-custodian-$<CONFIG>.cmake)
    file(GENERATE OUTPUT ${_custodian_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${_custodian_deploy_executable}\"
    ADDITIONAL_EXECUTABLES \"${_custodian_deploy_additional}\"
    GENERATE_QT_CONF
    VERBOSE)
")
    install(SCRIPT ${_custodian_deploy_script})
endif()

if(WIN32)
    # windeployqt copies Qt only; SQLCipher, QtKeychain, OpenSSL and Qt's own third-party DLLs
    # (vcpkg puts them all in one bin folder) come from CMake's dependency scan.
    install(RUNTIME_DEPENDENCY_SET custodian_runtime
        DESTINATION ${CMAKE_INSTALL_BINDIR}
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*"
        POST_EXCLUDE_REGEXES ".*[Ss][Yy][Ss][Tt][Ee][Mm]32/.*\\.dll"
        DIRECTORIES $<TARGET_FILE_DIR:Qt6::Core>)
endif()

if(UNIX AND NOT APPLE)
    install(FILES ${CUSTODIAN_PACKAGING_DIR}/linux/${CUSTODIAN_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CUSTODIAN_PACKAGING_DIR}/linux/${CUSTODIAN_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CUSTODIAN_PACKAGING_DIR}/linux/custodian-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${CUSTODIAN_APP_ID}.xml)
    foreach(_size IN LISTS CUSTODIAN_ICON_SIZES)
        install(FILES ${CUSTODIAN_ICON_DIR}/${CUSTODIAN_APP_ID}-${_size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
            RENAME ${CUSTODIAN_APP_ID}.png)
    endforeach()
    install(FILES ${CUSTODIAN_ICON_DIR}/${CUSTODIAN_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # The register files get the application's icon in file managers.
    install(FILES ${CUSTODIAN_ICON_DIR}/${CUSTODIAN_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes
        RENAME application-x-custodian-register.svg)
    # Debian installs man pages gzip-compressed; CMake compresses it, no gzip tool needed.
    set(_custodian_man_source ${PROJECT_SOURCE_DIR}/docs/man/custodian-cli.1)
    set(_custodian_man_gz ${PROJECT_BINARY_DIR}/man/custodian-cli.1.gz)
    file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/man)
    file(ARCHIVE_CREATE OUTPUT ${_custodian_man_gz} PATHS ${_custodian_man_source}
        FORMAT raw COMPRESSION GZip COMPRESSION_LEVEL 9)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_custodian_man_source})
    install(FILES ${_custodian_man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # Debian keeps the licence at /usr/share/doc/<package>/copyright.
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/custodian
        RENAME copyright)
    install(FILES ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/custodian)
else()
    # SQLCipher is linked statically: its BSD notice must travel with the binaries.
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

# --- CPack ----------------------------------------------------------------------------------------

# Values reach the generators exactly as written here (quotes and backslashes included).
set(CPACK_VERBATIM_VARIABLES ON)

# WiX and the macOS licence page want a file name with an extension.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)

set(CPACK_PACKAGE_NAME custodian)
set(CPACK_PACKAGE_VENDOR "The Custodian authors")
set(CUSTODIAN_PACKAGE_CONTACT "The Custodian authors <custodian@example.org>"
    CACHE STRING "Maintainer named in the packages (Debian: Maintainer)")
set(CPACK_PACKAGE_CONTACT "${CUSTODIAN_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# One paragraph, wrapped: the Debian control file shows these lines as they are.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Custodian keeps an organisation's GDPR register in one SQLCipher-encrypted"
    "file on the user's own computer: the controller details and, as the program"
    "grows, the records of processing activities, processor agreements, retention"
    "periods, data-subject requests and the breach register. Passphrases can be"
    "remembered in the system keychain."
    "The package also contains custodian-cli, a command-line tool to create,"
    "verify and re-key registers and to compute statutory GDPR deadlines.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Custodian)
set(CPACK_PACKAGE_EXECUTABLES custodian Custodian)
set(CPACK_CREATE_DESKTOP_LINKS custodian)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Depends: from dpkg-shlibdeps on the installed ELF files, never written by hand.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time, so no ELF entry names them: Qt's own translations (standard buttons in
    # Dutch) and the Wayland platform plugin (without it Qt falls back to XWayland).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
elseif(WIN32)
    set(CPACK_GENERATOR WIX)
    # Fixed for ever: Windows Installer recognises later versions as upgrades of this product.
    set(CPACK_WIX_UPGRADE_GUID 5E46545D-F4FD-42CC-807C-4E3540160B52)
    set(CPACK_WIX_PRODUCT_ICON ${CUSTODIAN_PACKAGING_DIR}/windows/custodian.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER Custodian)
    set(CPACK_WIX_PATCH_FILE ${CUSTODIAN_PACKAGING_DIR}/windows/wix-patch.xml)
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    # NSIS, for `cpack -G NSIS`.
    set(CPACK_NSIS_DISPLAY_NAME Custodian)
    set(CPACK_NSIS_PACKAGE_NAME Custodian)
    set(CPACK_NSIS_MUI_ICON ${CUSTODIAN_PACKAGING_DIR}/windows/custodian.ico)
    set(CPACK_NSIS_MUI_UNIICON ${CUSTODIAN_PACKAGING_DIR}/windows/custodian.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\custodian.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN custodian.exe)
    file(TO_NATIVE_PATH ${CUSTODIAN_PACKAGING_DIR}/windows/file-association-install.nsh _custodian_nsh_install)
    file(TO_NATIVE_PATH ${CUSTODIAN_PACKAGING_DIR}/windows/file-association-uninstall.nsh _custodian_nsh_uninstall)
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include \"${_custodian_nsh_install}\"")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include \"${_custodian_nsh_uninstall}\"")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Custodian)
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_FILE_NAME Custodian-${PROJECT_VERSION})
endif()

include(CPack)

# --- Targets and tests (Linux) ---------------------------------------------------------------------

if(UNIX AND NOT APPLE)
    add_custom_target(package_deb
        COMMAND ${CMAKE_CPACK_COMMAND} -G DEB --config ${PROJECT_BINARY_DIR}/CPackConfig.cmake
        WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
        COMMENT "Building the Debian package with CPack"
        USES_TERMINAL
        VERBATIM)
    add_dependencies(package_deb custodian custodian-cli)

    find_program(DPKG_DEB_PROGRAM dpkg-deb)
    find_program(DESKTOP_FILE_VALIDATE_PROGRAM desktop-file-validate)
    find_program(APPSTREAMCLI_PROGRAM appstreamcli)

    # Quick: the source .desktop and metainfo files pass the freedesktop validators.
    if(DESKTOP_FILE_VALIDATE_PROGRAM AND APPSTREAMCLI_PROGRAM)
        add_test(NAME desktop_files_validate
            COMMAND ${CMAKE_COMMAND}
                -DDESKTOP_FILE_VALIDATE=${DESKTOP_FILE_VALIDATE_PROGRAM}
                -DAPPSTREAMCLI=${APPSTREAMCLI_PROGRAM}
                -DDESKTOP_FILE=${CUSTODIAN_PACKAGING_DIR}/linux/${CUSTODIAN_APP_ID}.desktop
                -DMETAINFO_FILE=${CUSTODIAN_PACKAGING_DIR}/linux/${CUSTODIAN_APP_ID}.metainfo.xml
                -P ${PROJECT_SOURCE_DIR}/tests/packaging/validate-desktop-files.cmake)
        set_tests_properties(desktop_files_validate PROPERTIES LABELS packaging TIMEOUT 60)
    else()
        message(STATUS "desktop_files_validate not registered: desktop-file-validate or appstreamcli missing "
                       "(Debian: desktop-file-utils, appstream)")
    endif()

    # Slow, and changes the machine: builds the .deb, installs it with apt-get, starts what it
    # installed, removes it again. Needs root or passwordless sudo.
    option(CUSTODIAN_PACKAGE_INSTALL_TEST "Register package_install_test (installs and removes the .deb)" ON)
    if(DPKG_DEB_PROGRAM AND CUSTODIAN_PACKAGE_INSTALL_TEST)
        add_test(NAME package_install_test
            COMMAND ${PROJECT_SOURCE_DIR}/tests/packaging/test-deb.sh ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR})
        set_tests_properties(package_install_test PROPERTIES
            LABELS packaging
            RUN_SERIAL TRUE
            SKIP_RETURN_CODE 77
            TIMEOUT 1800)
    endif()
endif()

# SingleInstance needs two processes' worth of sockets, no widgets: a Qt Test of its own.
if(TARGET custodian_ui AND TARGET Qt6::Test)
    add_executable(tst_singleinstance ${PROJECT_SOURCE_DIR}/tests/packaging/tst_singleinstance.cpp)
    target_link_libraries(tst_singleinstance PRIVATE custodian_ui Qt6::Network Qt6::Test)
    set_target_properties(tst_singleinstance PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
    custodian_set_warnings(tst_singleinstance)
    add_test(NAME tst_singleinstance COMMAND tst_singleinstance)
    set_tests_properties(tst_singleinstance PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en"
        TIMEOUT 120)
endif()

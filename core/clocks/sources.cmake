# Sources of core/clocks, included from core/CMakeLists.txt (owned by the clocks work).
set(CUSTODIAN_CLOCKS_SOURCES
)
set(CUSTODIAN_CLOCKS_RESOURCES
)

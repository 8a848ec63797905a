# Deadline CLI tests, included from tests/CMakeLists.txt.

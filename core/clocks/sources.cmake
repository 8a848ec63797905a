# Sources of core/clocks, included from core/CMakeLists.txt (owned by the clocks work).
set(CUSTODIAN_CLOCKS_SOURCES
    clocks/Deadline.cpp
    clocks/Deadline.h
    clocks/Deadlines.cpp
    clocks/Deadlines.h
    clocks/Easter.cpp
    clocks/Easter.h
    clocks/Holiday.cpp
    clocks/Holiday.h
    clocks/HolidayCalendar.cpp
    clocks/HolidayCalendar.h
    clocks/HolidayRule.cpp
    clocks/HolidayRule.h
)
# Holiday calendars, embedded under :/calendars. A new member state's calendar is one more file here.
set(CUSTODIAN_CLOCKS_RESOURCES
    ${CMAKE_SOURCE_DIR}/resources/calendars/BE.json
    ${CMAKE_SOURCE_DIR}/resources/calendars/NL.json
)

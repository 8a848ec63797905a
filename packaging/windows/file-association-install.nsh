; Included by the NSIS installer that CPack generates (CPACK_NSIS_EXTRA_INSTALL_COMMANDS):
; registers .custodian files as "Custodian register", opened by custodian.exe.
; The installer runs elevated (RequestExecutionLevel admin), so the machine-wide HKCR is used.
WriteRegStr HKCR ".custodian" "" "Custodian.Register"
WriteRegStr HKCR ".custodian" "Content Type" "application/x-custodian-register"
WriteRegStr HKCR "Custodian.Register" "" "Custodian register"
WriteRegStr HKCR "Custodian.Register\DefaultIcon" "" "$INSTDIR\bin\custodian.exe,0"
WriteRegStr HKCR "Custodian.Register\shell\open\command" "" '"$INSTDIR\bin\custodian.exe" "%1"'
; SHCNE_ASSOCCHANGED: Explorer picks up the new icon and handler without a restart.
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

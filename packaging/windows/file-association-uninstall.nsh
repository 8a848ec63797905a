; Included by the NSIS uninstaller (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS): removes what
; file-association-install.nsh wrote, but only if .custodian still points at Custodian.
ReadRegStr $0 HKCR ".custodian" ""
StrCmp $0 "Custodian.Register" 0 +2
DeleteRegKey HKCR ".custodian"
DeleteRegKey HKCR "Custodian.Register"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Custodian::Cli::Commands</name>
    <message>
        <source>%1 needs exactly one register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the register %1 (register id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register id:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:   %1 (this program reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher profile:   %1 (page size %2, PBKDF2 %3 iterations, %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:        ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Integrity:        %n problem(s)</source>
        <translation>
            <numerusform>Integrity:        %n problem</numerusform>
            <numerusform>Integrity:        %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>the register failed its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: custodian-cli COMMAND [OPTIONS]

Commands:
  init FILE [--organisation NAME]     create a new encrypted register
  verify FILE [--json]                open a register, check its integrity, print its versions
  change-passphrase FILE              change the passphrase of a register
  deadline request|breach|days ...    compute a statutory deadline (no register needed)
  deadline holidays|calendars ...     list a year&apos;s public holidays, or the holiday calendars

The passphrase comes from --passphrase-file FILE, the environment variable CUSTODIAN_PASSPHRASE,
or the terminal. A new passphrase comes from --new-passphrase-file FILE or
CUSTODIAN_NEW_PASSPHRASE.

Options:
  --help       show this text
  --version    show the version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::PassphraseInput</name>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase given: use %1 or set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Organisation</name>
    <message>
        <source>Enter the organisation&apos;s name: Art. 30(1)(a) requires it in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address. Use the form name@example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a telephone number. Use digits, spaces and an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact details (an address, e-mail or telephone): Art. 30(1)(a) asks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add how the data protection officer can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dutch Chamber of Commerce (KvK) number has eight digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dutch postal code looks like 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joint controller in row %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::AuditLog</name>
    <message>
        <source>The change could not be recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::OrganisationService</name>
    <message>
        <source>The organisation details could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation details were not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation details could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RegisterSettings</name>
    <message>
        <source>Choose one of the holiday calendars Custodian knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internal margin must be between 0 and %1 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra holiday has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra holiday on %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls on a weekend, so it moves no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RegisterSettingsService</name>
    <message>
        <source>The register settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register settings were not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register settings could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::CipherProfile</name>
    <message>
        <source>The encryption settings could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is not available: this build of Custodian is not linked to SQLCipher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::Database</name>
    <message>
        <source>The encrypted storage driver is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name; Custodian does not overwrite files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that you have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Custodian register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Custodian register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Custodian register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 is damaged: the file is incomplete. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be opened. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct for this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption settings did not take effect (page size %1, %2 iterations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a Custodian register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Custodian (schema %2; this version reads up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be prepared for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s identity could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2, to table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cipher profile in use is not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading the register, Custodian could not save a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::KeyStore</name>
    <message>
        <source>No keychain is available on this computer, so the passphrase cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase is remembered for this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access, so the passphrase cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time, so the passphrase cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::Migrator</name>
    <message>
        <source>The schema migration %1 is not named NNNN_description.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema migrations are not numbered 1, 2, 3, ... without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the register&apos;s schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be upgraded to schema version %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema migrations were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::PassphrasePolicy</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>The passphrase must be at least %n character long.</numerusform>
            <numerusform>The passphrase must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add more words or characters; a sentence of four or five words is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a few more words would make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::SqlCipherDriver</name>
    <message>
        <source>Cannot open the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back the transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register will be encrypted again with the new passphrase. Anyone who knows only the old passphrase will no longer be able to open it; older copies of the file keep the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CreateRegisterDialog</name>
    <message>
        <source>Choose where to save the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is one encrypted file. Only someone with the passphrase can open it: if the passphrase is lost, so is the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller&apos;s legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the passphrase in this computer&apos;s keychain, never in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2[*] — Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open register has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was upgraded; the previous version was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custodian %1&lt;/h3&gt;&lt;p&gt;A GDPR register for privacy officers, kept in one encrypted file.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Custodian developers. Licensed under the GNU General Public License, version 3 or later; the source code is at &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), SQLCipher (BSD-3-Clause), SQLite (public domain), QtKeychain (BSD-3-Clause) and OpenSSL (Apache-2.0); their notices are in THIRD-PARTY-NOTICES.md.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::OrganisationPage</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) must be corrected before saving.</source>
        <translation>
            <numerusform>%n field must be corrected before saving.</numerusform>
            <numerusform>%n fields must be corrected before saving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s); you can save, but an auditor may ask about them.</source>
        <translation>
            <numerusform>%n remark; you can save, but an auditor may ask about it.</numerusform>
            <numerusform>%n remarks; you can save, but an auditor may ask about them.</numerusform>
        </translation>
    </message>
    <message>
        <source>These details head every report of the register (Art. 30(1)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller — Art. 30(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer — Art. 37</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative in the EU — Art. 27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers — Art. 26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coun&amp;try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if no DPO is appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for controllers established outside the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations that decide together with yours on the purposes and means of processing, and the essence of the arrangement with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;lephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <comment>data protection officer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>representative</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PassphraseFields</name>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RegisterSettingsPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day a name, as in the decree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by decree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Custodian counts statutory deadlines for this register. A period that ends on a Saturday, Sunday or public holiday ends on the next working day (Regulation 1182/71, art. 3(4)); which days are public holidays depends on the member state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &amp;calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside each statutory deadline Custodian shows an internal target this many working days earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra days designated by decree for a single year (for example a bridge day published in the Staatscourant):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the extra day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the extra day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, as in the decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays in &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::SingleInstance</name>
    <message>
        <source>The running Custodian did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Custodian is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::StartPage</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your organisation&apos;s GDPR register — processing activities, agreements, retention periods, requests and breaches — in one encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty, encrypted register for your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register file (.custodian) you or a colleague made before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::UnlockDialog</name>
    <message>
        <source>Enter the passphrase of this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>%1 is not a working day: it is a Saturday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a working day: it is a Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a working day: it is a public holiday (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is passed over as well: a period of two days or more must include at least two working days (Reg. 1182/71 art. 3(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One month from receipt of the request (GDPR art. 12(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three months from receipt of the request: one month extended by two further months (GDPR art. 12(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data subject must be told of the extension within one month of receipt of the request (GDPR art. 12(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the supervisory authority within %1 hours of becoming aware of the breach (GDPR art. 33(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of one month from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of %1 months from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of one day from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of %1 days from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of one hour from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of %1 hours from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted under Regulation (EEC, Euratom) No 1182/71: the day of the event does not count (art. 3(1)); the period ends on the day of the last month that has the same number as the day of the event, or on the last day of that month when it has no such day (art. 3(2)(c)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted under Regulation (EEC, Euratom) No 1182/71: the day of the event does not count (art. 3(1)); the period starts the next day and ends at the end of its last day (art. 3(2)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours are counted as elapsed time, through nights, weekends, public holidays and daylight-saving changes; a period in hours is not moved to a working day (Reg. 1182/71 art. 3(4) applies only to periods not expressed in hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (UTC%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became aware of the breach on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset from UTC changes from %1 to %2 within the period (daylight-saving time); the hours are elapsed time, so the clock time of the deadline differs from that of the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without moving, the period would end on %1: that month has no day %2, so the period ends on its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without moving, the period would end on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period whose last day is a Saturday, Sunday or public holiday ends at the end of the next working day (Reg. 1182/71 art. 3(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays are those of the calendar %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends at the end of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target: %1, the day of the event, because the margin of working days would put it before the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target: %1, the statutory deadline itself (no margin is configured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target: %1, one working day before the statutory deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target: %1, %2 working days before the statutory deadline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <source>Usage:
  custodian-cli deadline request --received YYYY-MM-DD [--extended] [options]
  custodian-cli deadline breach --aware DATETIME [--json]
  custodian-cli deadline days --from YYYY-MM-DD --days N [options]
  custodian-cli deadline holidays --year YYYY [--calendar CODE] [--json]
  custodian-cli deadline calendars [--json]

request   the answer to a data subject&apos;s request: one month from receipt, three months when
          --extended (GDPR art. 12(3))
breach    the notification of a breach: 72 hours from the moment of awareness (GDPR art. 33(1));
          DATETIME is ISO 8601, such as 2026-03-27T14:30 (local time) or 2026-03-27T14:30+01:00
days      the end of a period of N days after a day, such as an objection window

Options:
  --calendar CODE     holiday calendar (default NL)
  --target-days N     working days between the internal target and the deadline (default 5)
  --json              print the deadline with the rule applied and the days skipped, as JSON

Dates are counted under Regulation (EEC, Euratom) No 1182/71; see &quot;How Custodian counts deadlines&quot;
in the README.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: unknown option &apos;--%1&apos; for &apos;deadline %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: option &apos;--%1&apos; is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: option &apos;--%1&apos; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: option &apos;--%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline %1&apos; needs --%2 YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: invalid date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline %1&apos; needs --%2 DATETIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: invalid date and time &apos;%1&apos; (expected ISO 8601, such as 2026-03-27T14:30 or 2026-03-27T14:30+01:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: &apos;%1&apos; does not exist in the local time zone (the clocks skip it for daylight-saving time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: invalid value &apos;%1&apos; for --%2 (expected a whole number from %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: unknown holiday calendar &apos;%1&apos; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline days&apos; needs --days N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline holidays&apos; needs --year YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: missing deadline kind (expected request, breach, days, holidays or calendars; see &apos;custodian-cli deadline --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: unknown deadline kind &apos;%1&apos; (expected request, breach, days, holidays or calendars)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>Unknown holiday calendar &quot;%1&quot; (available: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar file for &quot;%1&quot; declares the code &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the holiday calendar file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the holiday calendar %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is malformed at offset %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not supported (this version reads format 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;code&quot; must be upper-case letters, digits, &quot;-&quot; or &quot;_&quot;, such as &quot;NL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;holidays&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holiday &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayRule</name>
    <message>
        <source>A holiday entry has no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: the field &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: month %2 has no day %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: &quot;moveIf&quot; must map weekday names to a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown weekday &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown computus &quot;%2&quot; (expected gregorian or orthodox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: &quot;%2&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown rule &quot;%2&quot; (expected fixed, easter, weekdayOnOrAfter or date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: firstYear %2 is after lastYear %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: the name in &quot;%2&quot; must be a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: &quot;name&quot; must give at least an English name (&quot;en&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QSqlDriver</name>
    <message>
        <source>Driver not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one SQL statement is allowed per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement expects %1 values, %2 were bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement has been prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A GDPR register in one encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian: --quit-after-start needs a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Custodian::Cli::Commands</name>
    <message>
        <source>%1 needs exactly one register file</source>
        <translation>%1 vereist precies één registerbestand</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nieuwe wachtzin voor %1: </translation>
    </message>
    <message>
        <source>Created the register %1 (register id %2).</source>
        <translation>Register %1 is gemaakt (register-id %2).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Wachtzin voor %1: </translation>
    </message>
    <message>
        <source>Register:         %1</source>
        <translation>Register:         %1</translation>
    </message>
    <message>
        <source>Register id:      %1</source>
        <translation>Register-id:      %1</translation>
    </message>
    <message>
        <source>Schema version:   %1 (this program reads up to %2)</source>
        <translation>Schemaversie:     %1 (dit programma leest tot en met %2)</translation>
    </message>
    <message>
        <source>SQLCipher:        %1</source>
        <translation>SQLCipher:        %1</translation>
    </message>
    <message>
        <source>Cipher profile:   %1 (page size %2, PBKDF2 %3 iterations, %4, %5)</source>
        <translation>Versleuteling:    %1 (paginagrootte %2, PBKDF2 %3 iteraties, %4, %5)</translation>
    </message>
    <message>
        <source>Integrity:        ok</source>
        <translation>Integriteit:      in orde</translation>
    </message>
    <message numerus="yes">
        <source>Integrity:        %n problem(s)</source>
        <translation>
            <numerusform>Integriteit:      %n probleem</numerusform>
            <numerusform>Integriteit:      %n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>the register failed its integrity check</source>
        <translation>het register heeft de integriteitscontrole niet doorstaan</translation>
    </message>
    <message>
        <source>Current passphrase for %1: </source>
        <translation>Huidige wachtzin voor %1: </translation>
    </message>
    <message>
        <source>The passphrase of %1 has been changed.</source>
        <translation>De wachtzin van %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>onbekende opdracht &apos;%1&apos; (probeer --help)</translation>
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
        <translation>Gebruik: custodian-cli COMMAND [OPTIONS]

Opdrachten:
  init FILE [--organisation NAME]     een nieuw versleuteld register maken
  verify FILE [--json]                een register openen, de integriteit controleren en de versies tonen
  change-passphrase FILE              de wachtzin van een register wijzigen
  deadline request|breach|days ...    een wettelijke termijn berekenen (geen register nodig)
  deadline holidays|calendars ...     de feestdagen van een jaar of de feestdagenkalenders tonen

De wachtzin komt uit --passphrase-file FILE, uit de omgevingsvariabele CUSTODIAN_PASSPHRASE
of van de terminal. Een nieuwe wachtzin komt uit --new-passphrase-file FILE of uit
CUSTODIAN_NEW_PASSPHRASE.

Opties:
  --help       deze tekst tonen
  --version    de versie tonen
</translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::PassphraseInput</name>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>kan het wachtzinbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>no passphrase given: use %1 or set %2</source>
        <translation>geen wachtzin opgegeven: gebruik %1 of stel %2 in</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Herhaal de wachtzin: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>de twee wachtzinnen verschillen</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Organisation</name>
    <message>
        <source>Enter the organisation&apos;s name: Art. 30(1)(a) requires it in the register.</source>
        <translation>Voer de naam van de organisatie in: art. 30 lid 1 onder a AVG vereist die in het register.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Use the form name@example.nl.</source>
        <translation>Dit is geen e-mailadres. Gebruik de vorm naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>This is not a telephone number. Use digits, spaces and an optional leading +.</source>
        <translation>Dit is geen telefoonnummer. Gebruik cijfers, spaties en eventueel een + aan het begin.</translation>
    </message>
    <message>
        <source>Add contact details (an address, e-mail or telephone): Art. 30(1)(a) asks for them.</source>
        <translation>Vul contactgegevens in (een adres, e-mailadres of telefoonnummer): art. 30 lid 1 onder a AVG vraagt daarom.</translation>
    </message>
    <message>
        <source>Add how the data protection officer can be reached.</source>
        <translation>Vul in hoe de functionaris voor gegevensbescherming bereikbaar is.</translation>
    </message>
    <message>
        <source>A Dutch Chamber of Commerce (KvK) number has eight digits.</source>
        <translation>Een KvK-nummer (Kamer van Koophandel) heeft acht cijfers.</translation>
    </message>
    <message>
        <source>A Dutch postal code looks like 1234 AB.</source>
        <translation>Een Nederlandse postcode ziet eruit als 1234 AB.</translation>
    </message>
    <message>
        <source>The joint controller in row %1 has no name.</source>
        <translation>De gezamenlijke verwerkingsverantwoordelijke in rij %1 heeft geen naam.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::AuditLog</name>
    <message>
        <source>The change could not be recorded in the history.</source>
        <translation>De wijziging kon niet in de wijzigingsgeschiedenis worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::OrganisationService</name>
    <message>
        <source>The organisation details could not be read.</source>
        <translation>De organisatiegegevens konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The organisation details were not saved: correct the marked fields first.</source>
        <translation>De organisatiegegevens zijn niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The organisation details could not be saved. Nothing was changed.</source>
        <translation>De organisatiegegevens konden niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RegisterSettings</name>
    <message>
        <source>Choose one of the holiday calendars Custodian knows.</source>
        <translation>Kies een van de feestdagenkalenders die Custodian kent.</translation>
    </message>
    <message>
        <source>The internal margin must be between 0 and %1 working days.</source>
        <translation>De interne marge moet tussen 0 en %1 werkdagen liggen.</translation>
    </message>
    <message>
        <source>An extra holiday has no valid date.</source>
        <translation>Een extra feestdag heeft geen geldige datum.</translation>
    </message>
    <message>
        <source>The extra holiday on %1 has no name.</source>
        <translation>De extra feestdag op %1 heeft geen naam.</translation>
    </message>
    <message>
        <source>%1 is entered twice.</source>
        <translation>%1 is twee keer ingevoerd.</translation>
    </message>
    <message>
        <source>%1 falls on a weekend, so it moves no deadline.</source>
        <translation>%1 valt in het weekend en verschuift dus geen termijn.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RegisterSettingsService</name>
    <message>
        <source>The register settings could not be read.</source>
        <translation>De registerinstellingen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The register settings were not saved: correct the marked fields first.</source>
        <translation>De registerinstellingen zijn niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The register settings could not be saved. Nothing was changed.</source>
        <translation>De registerinstellingen konden niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::CipherProfile</name>
    <message>
        <source>The encryption settings could not be applied.</source>
        <translation>De versleutelingsinstellingen konden niet worden toegepast.</translation>
    </message>
    <message>
        <source>Encryption is not available: this build of Custodian is not linked to SQLCipher.</source>
        <translation>Versleuteling is niet beschikbaar: deze build van Custodian is niet gekoppeld aan SQLCipher.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::Database</name>
    <message>
        <source>The encrypted storage driver is not available.</source>
        <translation>Het stuurprogramma voor versleutelde opslag is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Het bestand %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name; Custodian does not overwrite files.</source>
        <translation>Het bestand %1 bestaat al. Kies een andere naam; Custodian overschrijft geen bestanden.</translation>
    </message>
    <message>
        <source>The register could not be created.</source>
        <translation>Het register kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that you have permission to open it.</source>
        <translation>Het bestand %1 kan niet worden gelezen. Controleer de toegangsrechten van het bestand.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Custodian register.</source>
        <translation>%1 is leeg: het is geen Custodian-register.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Custodian register.</source>
        <translation>%1 is een onversleutelde SQLite-database, geen Custodian-register.</translation>
    </message>
    <message>
        <source>%1 is not a Custodian register.</source>
        <translation>%1 is geen Custodian-register.</translation>
    </message>
    <message>
        <source>The register %1 is damaged: the file is incomplete. Restore it from a backup.</source>
        <translation>Het register %1 is beschadigd: het bestand is onvolledig. Zet het terug vanaf een back-up.</translation>
    </message>
    <message>
        <source>Enter the passphrase of this register.</source>
        <translation>Voer de wachtzin van dit register in.</translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Het register %1 is beschadigd en kan niet worden geopend. Zet het terug vanaf een back-up.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this register.</source>
        <translation>De wachtzin is onjuist voor dit register.</translation>
    </message>
    <message>
        <source>The encryption settings did not take effect (page size %1, %2 iterations).</source>
        <translation>De versleutelingsinstellingen zijn niet van kracht geworden (paginagrootte %1, %2 iteraties).</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a Custodian register.</source>
        <translation>%1 is een versleutelde database, maar geen Custodian-register.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Custodian (schema %2; this version reads up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation>%1 is geschreven door een nieuwere versie van Custodian (schema %2; deze versie leest tot en met %3). Installeer de nieuwere versie om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The register could not be prepared for use.</source>
        <translation>Het register kon niet gebruiksklaar worden gemaakt.</translation>
    </message>
    <message>
        <source>The register&apos;s identity could not be read.</source>
        <translation>De identiteit van het register kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Er is geen register geopend.</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Het register is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed.</source>
        <translation>De wachtzin kon niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2, to table %3.</source>
        <translation>Verbroken verwijzing in tabel %1, rij %2, naar tabel %3.</translation>
    </message>
    <message>
        <source>The cipher profile in use is not %1.</source>
        <translation>Het gebruikte versleutelingsprofiel is niet %1.</translation>
    </message>
    <message>
        <source>Before upgrading the register, Custodian could not save a copy as %1.</source>
        <translation>Custodian kon vóór het bijwerken van het register geen kopie opslaan als %1.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::KeyStore</name>
    <message>
        <source>No keychain is available on this computer, so the passphrase cannot be remembered.</source>
        <translation>Er is geen sleutelbos beschikbaar op deze computer, dus de wachtzin kan niet worden onthouden.</translation>
    </message>
    <message>
        <source>No passphrase is remembered for this register.</source>
        <translation>Voor dit register is geen wachtzin onthouden.</translation>
    </message>
    <message>
        <source>The keychain refused access, so the passphrase cannot be remembered.</source>
        <translation>De sleutelbos weigerde de toegang, dus de wachtzin kan niet worden onthouden.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time, so the passphrase cannot be remembered.</source>
        <translation>De sleutelbos reageerde niet op tijd, dus de wachtzin kan niet worden onthouden.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::Migrator</name>
    <message>
        <source>The schema migration %1 is not named NNNN_description.sql.</source>
        <translation>De naam van schemamigratie %1 volgt niet het patroon NNNN_description.sql.</translation>
    </message>
    <message>
        <source>Cannot read the schema migration %1.</source>
        <translation>De schemamigratie %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The schema migrations are not numbered 1, 2, 3, ... without gaps.</source>
        <translation>De schemamigraties zijn niet zonder gaten genummerd als 1, 2, 3, ...</translation>
    </message>
    <message>
        <source>Cannot read the register&apos;s schema version.</source>
        <translation>De schemaversie van het register kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The register could not be upgraded to schema version %1 (%2).</source>
        <translation>Het register kon niet worden bijgewerkt naar schemaversie %1 (%2).</translation>
    </message>
    <message>
        <source>No schema migrations were found in %1.</source>
        <translation>Er zijn geen schemamigraties gevonden in %1.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::PassphrasePolicy</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>De wachtzin moet minstens %n teken lang zijn.</numerusform>
            <numerusform>De wachtzin moet minstens %n tekens lang zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add more words or characters; a sentence of four or five words is easy to remember.</source>
        <translation>Zwak: voeg meer woorden of tekens toe; een zin van vier of vijf woorden is makkelijk te onthouden.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it much harder to guess.</source>
        <translation>Redelijk: met een paar woorden meer is de wachtzin veel moeilijker te raden.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::SqlCipherDriver</name>
    <message>
        <source>Cannot open the database file</source>
        <translation>Kan het databasebestand niet openen</translation>
    </message>
    <message>
        <source>Cannot set the encryption key</source>
        <translation>Kan de versleutelingssleutel niet instellen</translation>
    </message>
    <message>
        <source>Cannot close the database file</source>
        <translation>Kan het databasebestand niet sluiten</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Kan geen transactie starten</translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation>Kan de transactie niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction</source>
        <translation>Kan de transactie niet terugdraaien</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>The register will be encrypted again with the new passphrase. Anyone who knows only the old passphrase will no longer be able to open it; older copies of the file keep the old passphrase.</source>
        <translation>Het register wordt opnieuw versleuteld met de nieuwe wachtzin. Wie alleen de oude wachtzin kent, kan het daarna niet meer openen; oudere kopieën van het bestand houden de oude wachtzin.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Wachtzin w&amp;ijzigen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CreateRegisterDialog</name>
    <message>
        <source>Choose where to save the register.</source>
        <translation>Kies waar het register moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Er bestaat al een bestand met deze naam. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Voer de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>Create a register</source>
        <translation>Register maken</translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian)</source>
        <translation>Custodian-registers (*.custodian)</translation>
    </message>
    <message>
        <source>Create a new register</source>
        <translation>Nieuw register maken</translation>
    </message>
    <message>
        <source>The register is one encrypted file. Only someone with the passphrase can open it: if the passphrase is lost, so is the register.</source>
        <translation>Het register is één versleuteld bestand. Alleen wie de wachtzin heeft, kan het openen: raakt de wachtzin kwijt, dan is ook het register verloren.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>The controller&apos;s legal name</source>
        <translation>De officiële naam van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Re&amp;member the passphrase on this computer</source>
        <translation>Wachtzin op deze &amp;computer onthouden</translation>
    </message>
    <message>
        <source>Keeps the passphrase in this computer&apos;s keychain, never in a plain file.</source>
        <translation>Bewaart de wachtzin in de sleutelbos van deze computer, nooit in een gewoon bestand.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Maken</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>Register &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtzin wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Close register</source>
        <translation>Register s&amp;luiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Custodian</source>
        <translation>&amp;Over Custodian</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation>Registerinstellingen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>%1 — %2[*] — Custodian</source>
        <translation>%1 — %2[*] — Custodian</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>No register open</source>
        <translation>Geen register geopend</translation>
    </message>
    <message>
        <source>%1 — unlocked</source>
        <translation>%1 — ontgrendeld</translation>
    </message>
    <message>
        <source>last saved at %1</source>
        <translation>laatst opgeslagen om %1</translation>
    </message>
    <message>
        <source>The open register has unsaved changes.</source>
        <translation>Het geopende register heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>The register was upgraded; the previous version was kept as %1.</source>
        <translation>Het register is bijgewerkt; de vorige versie is bewaard als %1.</translation>
    </message>
    <message>
        <source>Passphrase not remembered</source>
        <translation>Wachtzin niet onthouden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The register has unsaved changes. Save them before closing?</source>
        <translation>Het register heeft niet-opgeslagen wijzigingen. Wijzigingen opslaan voor het sluiten?</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian);;All files (*)</source>
        <translation>Custodian-registers (*.custodian);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens this register.</source>
        <translation>De onthouden wachtzin opent dit register niet meer.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>De wachtzin is gewijzigd.</translation>
    </message>
    <message>
        <source>About Custodian</source>
        <translation>Over Custodian</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custodian %1&lt;/h3&gt;&lt;p&gt;A GDPR register for privacy officers, kept in one encrypted file.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Custodian developers. Licensed under the GNU General Public License, version 3 or later; the source code is at &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), SQLCipher (BSD-3-Clause), SQLite (public domain), QtKeychain (BSD-3-Clause) and OpenSSL (Apache-2.0); their notices are in THIRD-PARTY-NOTICES.md.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Custodian %1&lt;/h3&gt;&lt;p&gt;Een AVG-register voor privacy officers, bewaard in één versleuteld bestand.&lt;/p&gt;&lt;p&gt;Copyright © 2026 de ontwikkelaars van Custodian. Uitgegeven onder de GNU General Public License, versie 3 of later; de broncode staat op &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2 (LGPL-3.0), SQLCipher (BSD-3-Clause), SQLite (publiek domein), QtKeychain (BSD-3-Clause) en OpenSSL (Apache-2.0); hun licentieteksten staan in THIRD-PARTY-NOTICES.md.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::OrganisationPage</name>
    <message>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) must be corrected before saving.</source>
        <translation>
            <numerusform>%n veld moet worden gecorrigeerd voor het opslaan.</numerusform>
            <numerusform>%n velden moeten worden gecorrigeerd voor het opslaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s); you can save, but an auditor may ask about them.</source>
        <translation>
            <numerusform>%n opmerking; opslaan kan, maar een auditor kan ernaar vragen.</numerusform>
            <numerusform>%n opmerkingen; opslaan kan, maar een auditor kan ernaar vragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>These details head every report of the register (Art. 30(1)(a)).</source>
        <translation>Deze gegevens staan bovenaan elk rapport van het register (art. 30 lid 1 onder a AVG).</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Controller — Art. 30(1)(a)</source>
        <translation>Verwerkingsverantwoordelijke — art. 30 lid 1 onder a AVG</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Data protection officer — Art. 37</source>
        <translation>Functionaris voor gegevensbescherming — art. 37 AVG</translation>
    </message>
    <message>
        <source>Representative in the EU — Art. 27</source>
        <translation>Vertegenwoordiger in de EU — art. 27 AVG</translation>
    </message>
    <message>
        <source>Joint controllers — Art. 26</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken — art. 26 AVG</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Re&amp;gistration number:</source>
        <translation>&amp;Registratienummer:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Plaat&amp;s:</translation>
    </message>
    <message>
        <source>Coun&amp;try:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>e.g. the KvK number</source>
        <translation>bijv. het KvK-nummer</translation>
    </message>
    <message>
        <source>Leave empty if no DPO is appointed</source>
        <translation>Leeg laten als er geen FG is aangesteld</translation>
    </message>
    <message>
        <source>Only for controllers established outside the EU</source>
        <translation>Alleen voor verwerkingsverantwoordelijken die buiten de EU zijn gevestigd</translation>
    </message>
    <message>
        <source>Organisations that decide together with yours on the purposes and means of processing, and the essence of the arrangement with them.</source>
        <translation>Organisaties die samen met deze organisatie de doeleinden en middelen van de verwerking bepalen, en de wezenlijke inhoud van de regeling met hen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>A&amp;dd joint controller</source>
        <translation>Ge&amp;zamenlijke verwerkingsverantwoordelijke toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>Te&amp;lephone:</source>
        <translation>Te&amp;lefoon:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <comment>data protection officer</comment>
        <translation>N&amp;aam:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>representative</comment>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Contact details:</source>
        <translation>Contactgegevens:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PassphraseFields</name>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Typ de wachtzin nog een keer.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Wachtzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Wachtzin herhalen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RegisterSettingsPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <source>Give the day a name, as in the decree.</source>
        <translation>Geef de dag een naam, zoals in het besluit.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (by decree)</source>
        <translation>%1 (bij besluit)</translation>
    </message>
    <message>
        <source>%1 (weekend)</source>
        <translation>%1 (weekend)</translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation>Registerinstellingen</translation>
    </message>
    <message>
        <source>How Custodian counts statutory deadlines for this register. A period that ends on a Saturday, Sunday or public holiday ends on the next working day (Regulation 1182/71, art. 3(4)); which days are public holidays depends on the member state.</source>
        <translation>Hoe Custodian de wettelijke termijnen voor dit register berekent. Een termijn die op een zaterdag, zondag of feestdag eindigt, eindigt op de eerstvolgende werkdag (Verordening 1182/71, art. 3 lid 4); welke dagen feestdagen zijn, verschilt per lidstaat.</translation>
    </message>
    <message>
        <source>Holiday &amp;calendar:</source>
        <translation>&amp;Feestdagenkalender:</translation>
    </message>
    <message>
        <source>Internal &amp;margin:</source>
        <translation>Interne &amp;marge:</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> werkdagen</translation>
    </message>
    <message>
        <source>Beside each statutory deadline Custodian shows an internal target this many working days earlier.</source>
        <translation>Naast elke wettelijke termijn toont Custodian een interne streefdatum die zoveel werkdagen eerder ligt.</translation>
    </message>
    <message>
        <source>Extra days designated by decree for a single year (for example a bridge day published in the Staatscourant):</source>
        <translation>Extra dagen die bij besluit voor één jaar zijn aangewezen (bijvoorbeeld een brugdag die in de Staatscourant is bekendgemaakt):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of the extra day</source>
        <translation>Datum van de extra dag</translation>
    </message>
    <message>
        <source>Name of the extra day</source>
        <translation>Naam van de extra dag</translation>
    </message>
    <message>
        <source>Name, as in the decree</source>
        <translation>Naam, zoals in het besluit</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>Dag &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Public holidays in &amp;year:</source>
        <translation>Feestdagen in &amp;jaar:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::SingleInstance</name>
    <message>
        <source>The running Custodian did not answer.</source>
        <translation>Custodian is al geopend, maar reageerde niet.</translation>
    </message>
    <message>
        <source>Another Custodian is already running.</source>
        <translation>Custodian is al geopend.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::StartPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (niet gevonden)</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Keep your organisation&apos;s GDPR register — processing activities, agreements, retention periods, requests and breaches — in one encrypted file.</source>
        <translation>Houd het AVG-register van de organisatie bij — verwerkingsactiviteiten, overeenkomsten, bewaartermijnen, verzoeken en datalekken — in één versleuteld bestand.</translation>
    </message>
    <message>
        <source>&amp;Create a new register…</source>
        <translation>&amp;Nieuw register maken…</translation>
    </message>
    <message>
        <source>Start an empty, encrypted register for your organisation.</source>
        <translation>Begin met een leeg, versleuteld register voor de organisatie.</translation>
    </message>
    <message>
        <source>&amp;Open a register…</source>
        <translation>Register &amp;openen…</translation>
    </message>
    <message>
        <source>Open a register file (.custodian) you or a colleague made before.</source>
        <translation>Open een bestaand registerbestand (.custodian), zelf gemaakt of van een collega.</translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation>&amp;Recente registers</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::UnlockDialog</name>
    <message>
        <source>Enter the passphrase of this register.</source>
        <translation>Voer de wachtzin van dit register in.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>Unlock register</source>
        <translation>Register ontgrendelen</translation>
    </message>
    <message>
        <source>Enter the passphrase for %1</source>
        <translation>Voer de wachtzin voor %1 in</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Re&amp;member the passphrase on this computer</source>
        <translation>Wachtzin op deze &amp;computer onthouden</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>%1 is not a working day: it is a Saturday.</source>
        <translation>%1 is geen werkdag: het is een zaterdag.</translation>
    </message>
    <message>
        <source>%1 is not a working day: it is a Sunday.</source>
        <translation>%1 is geen werkdag: het is een zondag.</translation>
    </message>
    <message>
        <source>%1 is not a working day: it is a public holiday (%2).</source>
        <translation>%1 is geen werkdag: het is een feestdag (%2).</translation>
    </message>
    <message>
        <source>%1 is passed over as well: a period of two days or more must include at least two working days (Reg. 1182/71 art. 3(5)).</source>
        <translation>Ook %1 wordt overgeslagen: een termijn van twee dagen of meer moet ten minste twee werkdagen omvatten (Verordening 1182/71, art. 3 lid 5).</translation>
    </message>
    <message>
        <source>One month from receipt of the request (GDPR art. 12(3))</source>
        <translation>Eén maand na ontvangst van het verzoek (art. 12 lid 3 AVG)</translation>
    </message>
    <message>
        <source>Three months from receipt of the request: one month extended by two further months (GDPR art. 12(3))</source>
        <translation>Drie maanden na ontvangst van het verzoek: één maand, verlengd met nog eens twee maanden (art. 12 lid 3 AVG)</translation>
    </message>
    <message>
        <source>The data subject must be told of the extension within one month of receipt of the request (GDPR art. 12(3))</source>
        <translation>De betrokkene moet binnen één maand na ontvangst van het verzoek over de verlenging worden geïnformeerd (art. 12 lid 3 AVG)</translation>
    </message>
    <message>
        <source>Notify the supervisory authority within %1 hours of becoming aware of the breach (GDPR art. 33(1))</source>
        <translation>Meld het datalek binnen %1 uur na kennisname aan de toezichthoudende autoriteit (art. 33 lid 1 AVG)</translation>
    </message>
    <message>
        <source>A period of one month from %1</source>
        <translation>Een termijn van één maand vanaf %1</translation>
    </message>
    <message>
        <source>A period of %1 months from %2</source>
        <translation>Een termijn van %1 maanden vanaf %2</translation>
    </message>
    <message>
        <source>A period of one day from %1</source>
        <translation>Een termijn van één dag vanaf %1</translation>
    </message>
    <message>
        <source>A period of %1 days from %2</source>
        <translation>Een termijn van %1 dagen vanaf %2</translation>
    </message>
    <message>
        <source>A period of one hour from %1</source>
        <translation>Een termijn van één uur vanaf %1</translation>
    </message>
    <message>
        <source>A period of %1 hours from %2</source>
        <translation>Een termijn van %1 uur vanaf %2</translation>
    </message>
    <message>
        <source>Counted under Regulation (EEC, Euratom) No 1182/71: the day of the event does not count (art. 3(1)); the period ends on the day of the last month that has the same number as the day of the event, or on the last day of that month when it has no such day (art. 3(2)(c)).</source>
        <translation>Berekend volgens Verordening (EEG, Euratom) nr. 1182/71: de dag van de gebeurtenis telt niet mee (art. 3 lid 1); de termijn eindigt op de dag van de laatste maand met hetzelfde dagnummer als de dag van de gebeurtenis, of op de laatste dag van die maand als die maand zo&apos;n dag niet heeft (art. 3 lid 2 onder c).</translation>
    </message>
    <message>
        <source>Counted under Regulation (EEC, Euratom) No 1182/71: the day of the event does not count (art. 3(1)); the period starts the next day and ends at the end of its last day (art. 3(2)(b)).</source>
        <translation>Berekend volgens Verordening (EEG, Euratom) nr. 1182/71: de dag van de gebeurtenis telt niet mee (art. 3 lid 1); de termijn begint de volgende dag en eindigt aan het einde van de laatste dag (art. 3 lid 2 onder b).</translation>
    </message>
    <message>
        <source>The hours are counted as elapsed time, through nights, weekends, public holidays and daylight-saving changes; a period in hours is not moved to a working day (Reg. 1182/71 art. 3(4) applies only to periods not expressed in hours).</source>
        <translation>De uren worden geteld als verstreken tijd, ook door nachten, weekenden, feestdagen en de overgang naar zomer- of wintertijd heen; een termijn in uren wordt niet naar een werkdag verschoven (Verordening 1182/71, art. 3 lid 4 geldt alleen voor termijnen die niet in uren zijn uitgedrukt).</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Regel: %1.</translation>
    </message>
    <message>
        <source>%1 at %2 (UTC%3)</source>
        <translation>%1 om %2 (UTC%3)</translation>
    </message>
    <message>
        <source>Became aware of the breach on %1.</source>
        <translation>Kennisname van het datalek: %1.</translation>
    </message>
    <message>
        <source>The period starts on %1.</source>
        <translation>De termijn begint op %1.</translation>
    </message>
    <message>
        <source>The offset from UTC changes from %1 to %2 within the period (daylight-saving time); the hours are elapsed time, so the clock time of the deadline differs from that of the start.</source>
        <translation>Het verschil met UTC verandert binnen de termijn van %1 naar %2 (zomer- of wintertijd); de uren zijn verstreken tijd, dus de kloktijd van het einde van de termijn wijkt af van die van het begin.</translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation>Uiterste tijdstip: %1.</translation>
    </message>
    <message>
        <source>Without moving, the period would end on %1: that month has no day %2, so the period ends on its last day.</source>
        <translation>Zonder verschuiving zou de termijn eindigen op %1: die maand heeft geen dag %2, dus de termijn eindigt op de laatste dag van die maand.</translation>
    </message>
    <message>
        <source>Without moving, the period would end on %1.</source>
        <translation>Zonder verschuiving zou de termijn eindigen op %1.</translation>
    </message>
    <message>
        <source>A period whose last day is a Saturday, Sunday or public holiday ends at the end of the next working day (Reg. 1182/71 art. 3(4)).</source>
        <translation>Een termijn waarvan de laatste dag een zaterdag, zondag of feestdag is, eindigt aan het einde van de eerstvolgende werkdag (Verordening 1182/71, art. 3 lid 4).</translation>
    </message>
    <message>
        <source>Public holidays are those of the calendar %1.</source>
        <translation>De feestdagen zijn die van de kalender %1.</translation>
    </message>
    <message>
        <source>The period ends at the end of %1.</source>
        <translation>De termijn eindigt aan het einde van %1.</translation>
    </message>
    <message>
        <source>Internal target: %1, the day of the event, because the margin of working days would put it before the event.</source>
        <translation>Interne streefdatum: %1, de dag van de gebeurtenis, omdat de marge in werkdagen de streefdatum anders vóór de gebeurtenis zou leggen.</translation>
    </message>
    <message>
        <source>Internal target: %1, the statutory deadline itself (no margin is configured).</source>
        <translation>Interne streefdatum: %1, de wettelijke termijn zelf (er is geen marge ingesteld).</translation>
    </message>
    <message>
        <source>Internal target: %1, one working day before the statutory deadline.</source>
        <translation>Interne streefdatum: %1, één werkdag vóór de wettelijke termijn.</translation>
    </message>
    <message>
        <source>Internal target: %1, %2 working days before the statutory deadline.</source>
        <translation>Interne streefdatum: %1, %2 werkdagen vóór de wettelijke termijn.</translation>
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
        <translation>Gebruik:
  custodian-cli deadline request --received YYYY-MM-DD [--extended] [options]
  custodian-cli deadline breach --aware DATETIME [--json]
  custodian-cli deadline days --from YYYY-MM-DD --days N [options]
  custodian-cli deadline holidays --year YYYY [--calendar CODE] [--json]
  custodian-cli deadline calendars [--json]

request   het antwoord op een verzoek van een betrokkene: één maand na ontvangst, drie maanden
          met --extended (art. 12 lid 3 AVG)
breach    de melding van een datalek: 72 uur na het moment van kennisname (art. 33 lid 1 AVG);
          DATETIME is ISO 8601, zoals 2026-03-27T14:30 (lokale tijd) of 2026-03-27T14:30+01:00
days      het einde van een termijn van N dagen na een bepaalde dag, zoals een bezwaartermijn

Opties:
  --calendar CODE     feestdagenkalender (standaard NL)
  --target-days N     werkdagen tussen de interne streefdatum en de termijn (standaard 5)
  --json              de termijn als JSON tonen, met de toegepaste regel en de overgeslagen dagen

Datums worden berekend volgens Verordening (EEG, Euratom) nr. 1182/71; zie &quot;How Custodian counts
deadlines&quot; in de README.
</translation>
    </message>
    <message>
        <source>custodian-cli: unexpected argument &apos;%1&apos;</source>
        <translation>custodian-cli: onverwacht argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>custodian-cli: unknown option &apos;--%1&apos; for &apos;deadline %2&apos;</source>
        <translation>custodian-cli: onbekende optie &apos;--%1&apos; voor &apos;deadline %2&apos;</translation>
    </message>
    <message>
        <source>custodian-cli: option &apos;--%1&apos; is given more than once</source>
        <translation>custodian-cli: optie &apos;--%1&apos; is meer dan één keer opgegeven</translation>
    </message>
    <message>
        <source>custodian-cli: option &apos;--%1&apos; takes no value</source>
        <translation>custodian-cli: optie &apos;--%1&apos; accepteert geen waarde</translation>
    </message>
    <message>
        <source>custodian-cli: option &apos;--%1&apos; needs a value</source>
        <translation>custodian-cli: optie &apos;--%1&apos; vereist een waarde</translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline %1&apos; needs --%2 YYYY-MM-DD</source>
        <translation>custodian-cli: &apos;deadline %1&apos; vereist --%2 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>custodian-cli: invalid date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>custodian-cli: ongeldige datum &apos;%1&apos; (verwacht: YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline %1&apos; needs --%2 DATETIME</source>
        <translation>custodian-cli: &apos;deadline %1&apos; vereist --%2 DATETIME</translation>
    </message>
    <message>
        <source>custodian-cli: invalid date and time &apos;%1&apos; (expected ISO 8601, such as 2026-03-27T14:30 or 2026-03-27T14:30+01:00)</source>
        <translation>custodian-cli: ongeldige datum en tijd &apos;%1&apos; (verwacht: ISO 8601, zoals 2026-03-27T14:30 of 2026-03-27T14:30+01:00)</translation>
    </message>
    <message>
        <source>custodian-cli: &apos;%1&apos; does not exist in the local time zone (the clocks skip it for daylight-saving time)</source>
        <translation>custodian-cli: &apos;%1&apos; bestaat niet in de lokale tijdzone (de klok slaat dit tijdstip over bij de overgang naar zomertijd)</translation>
    </message>
    <message>
        <source>custodian-cli: invalid value &apos;%1&apos; for --%2 (expected a whole number from %3 to %4)</source>
        <translation>custodian-cli: ongeldige waarde &apos;%1&apos; voor --%2 (verwacht: een geheel getal van %3 tot en met %4)</translation>
    </message>
    <message>
        <source>custodian-cli: unknown holiday calendar &apos;%1&apos; (available: %2)</source>
        <translation>custodian-cli: onbekende feestdagenkalender &apos;%1&apos; (beschikbaar: %2)</translation>
    </message>
    <message>
        <source>custodian-cli: %1</source>
        <translation>custodian-cli: %1</translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline days&apos; needs --days N</source>
        <translation>custodian-cli: &apos;deadline days&apos; vereist --days N</translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline holidays&apos; needs --year YYYY</source>
        <translation>custodian-cli: &apos;deadline holidays&apos; vereist --year YYYY</translation>
    </message>
    <message>
        <source>custodian-cli: missing deadline kind (expected request, breach, days, holidays or calendars; see &apos;custodian-cli deadline --help&apos;)</source>
        <translation>custodian-cli: soort termijn ontbreekt (verwacht: request, breach, days, holidays of calendars; zie &apos;custodian-cli deadline --help&apos;)</translation>
    </message>
    <message>
        <source>custodian-cli: unknown deadline kind &apos;%1&apos; (expected request, breach, days, holidays or calendars)</source>
        <translation>custodian-cli: onbekende soort termijn &apos;%1&apos; (verwacht: request, breach, days, holidays of calendars)</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>Unknown holiday calendar &quot;%1&quot; (available: %2).</source>
        <translation>Onbekende feestdagenkalender &quot;%1&quot; (beschikbaar: %2).</translation>
    </message>
    <message>
        <source>The holiday calendar file for &quot;%1&quot; declares the code &quot;%2&quot;.</source>
        <translation>Het feestdagenkalenderbestand voor &quot;%1&quot; vermeldt de code &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(document)</translation>
    </message>
    <message>
        <source>Cannot open the holiday calendar file %1: %2</source>
        <translation>Kan het feestdagenkalenderbestand %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot read the holiday calendar %1: %2</source>
        <translation>Kan de feestdagenkalender %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>the JSON is malformed at offset %1 (%2).</source>
        <translation>de JSON is ongeldig op positie %1 (%2).</translation>
    </message>
    <message>
        <source>the document must be a JSON object.</source>
        <translation>het document moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>format %1 is not supported (this version reads format 1).</source>
        <translation>formaat %1 wordt niet ondersteund (deze versie leest formaat 1).</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be upper-case letters, digits, &quot;-&quot; or &quot;_&quot;, such as &quot;NL&quot;.</source>
        <translation>&quot;code&quot; mag alleen hoofdletters, cijfers, &quot;-&quot; of &quot;_&quot; bevatten, zoals &quot;NL&quot;.</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; must be a list.</source>
        <translation>&quot;holidays&quot; moet een lijst zijn.</translation>
    </message>
    <message>
        <source>the holiday &quot;%1&quot; is listed twice.</source>
        <translation>de feestdag &quot;%1&quot; staat er twee keer in.</translation>
    </message>
</context>
<context>
    <name>HolidayRule</name>
    <message>
        <source>A holiday entry has no &quot;id&quot;.</source>
        <translation>Een feestdag heeft geen &quot;id&quot;.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: the field &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>Feestdag &quot;%1&quot;: het veld &quot;%2&quot; moet een geheel getal van %3 tot en met %4 zijn.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: month %2 has no day %3.</source>
        <translation>Feestdag &quot;%1&quot;: maand %2 heeft geen dag %3.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: &quot;moveIf&quot; must map weekday names to a number of days.</source>
        <translation>Feestdag &quot;%1&quot;: &quot;moveIf&quot; moet namen van weekdagen koppelen aan een aantal dagen.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown weekday &quot;%2&quot;.</source>
        <translation>Feestdag &quot;%1&quot;: onbekende weekdag &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown computus &quot;%2&quot; (expected gregorian or orthodox).</source>
        <translation>Feestdag &quot;%1&quot;: onbekende paasberekening (computus) &quot;%2&quot; (verwacht: gregorian of orthodox).</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: &quot;%2&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation>Feestdag &quot;%1&quot;: &quot;%2&quot; is geen geldige datum (verwacht: YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown rule &quot;%2&quot; (expected fixed, easter, weekdayOnOrAfter or date).</source>
        <translation>Feestdag &quot;%1&quot;: onbekende regel &quot;%2&quot; (verwacht: fixed, easter, weekdayOnOrAfter of date).</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown field &quot;%2&quot;.</source>
        <translation>Feestdag &quot;%1&quot;: onbekend veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: firstYear %2 is after lastYear %3.</source>
        <translation>Feestdag &quot;%1&quot;: firstYear %2 ligt na lastYear %3.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: the name in &quot;%2&quot; must be a non-empty text.</source>
        <translation>Feestdag &quot;%1&quot;: de naam in &quot;%2&quot; mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: &quot;name&quot; must give at least an English name (&quot;en&quot;).</source>
        <translation>Feestdag &quot;%1&quot;: &quot;name&quot; moet ten minste een Engelse naam (&quot;en&quot;) bevatten.</translation>
    </message>
</context>
<context>
    <name>QSqlDriver</name>
    <message>
        <source>Driver not loaded</source>
        <translation>Stuurprogramma niet geladen</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>De database is niet geopend</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Kan de SQL-instructie niet voorbereiden</translation>
    </message>
    <message>
        <source>The query is empty</source>
        <translation>De query is leeg</translation>
    </message>
    <message>
        <source>Only one SQL statement is allowed per query</source>
        <translation>Per query is maar één SQL-instructie toegestaan</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Aantal parameters klopt niet</translation>
    </message>
    <message>
        <source>The statement expects %1 values, %2 were bound</source>
        <translation>De SQL-instructie verwacht %1 waarden, er zijn er %2 gebonden</translation>
    </message>
    <message>
        <source>Unable to bind a value</source>
        <translation>Kan een waarde niet binden</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>Kan de SQL-instructie niet uitvoeren</translation>
    </message>
    <message>
        <source>No statement has been prepared</source>
        <translation>Er is geen SQL-instructie voorbereid</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>Kan de rij niet ophalen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A GDPR register in one encrypted file.</source>
        <translation>Een AVG-register in één versleuteld bestand.</translation>
    </message>
    <message>
        <source>A register to open.</source>
        <translation>Een register om te openen.</translation>
    </message>
    <message>
        <source>custodian: --quit-after-start needs a number of milliseconds</source>
        <translation>custodian: --quit-after-start vereist een aantal milliseconden</translation>
    </message>
</context>
</TS>

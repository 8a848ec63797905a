<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Custodian::Cli::ActivityCommands</name>
    <message>
        <source>there is no processing activity &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the previous version, in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the activity version as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity establish REGISTER NUMBER|UUID [--note TEXT] [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish an approved processing activity as its next activity version: a snapshot of what it says, kept as it is, with who established it, when, and the URI that log lines of the processing point to. Refused for an activity that is not approved, or that says exactly what its latest version says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity number (VA-0042) or uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the versions as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity versions REGISTER NUMBER|UUID [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the established versions of a processing activity, the latest first: the latest is established while the activity is in use, the others have lapsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has not been established yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity version to compare with; the latest by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the lines: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;version&quot;, &quot;differences&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity diff REGISTER NUMBER|UUID [--version N] [--lang nl|en] [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how the working record of a processing activity differs from an established version: one line for each field that changed since, and for each change to the retention rules of its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a version number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; the languages are nl and en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity needs a subcommand: establish, versions or diff (try activity --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; of activity (try activity --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established %1 &quot;%2&quot; as activity version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity version %1 · %2 · %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been established yet: there is no activity version to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no activity version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says what its activity version %2 says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from its activity version %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::BackupCommands</name>
    <message>
        <source>-o FILE is required: the new file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; custodian-cli does not overwrite files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write (a new file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was copied as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup REGISTER -o FILE [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the register, encrypted with its own passphrase, while it may be open elsewhere; the copy is proved by opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2 (state %3), and opened it to prove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file to create (never an existing file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the restored register as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore BACKUP -o FILE [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup as a new register file; its history verifies and records the restore. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 as %2. The history verifies (state %3) and records the restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::BreachCommands</name>
    <message>
        <source>When the organisation became aware of the breach: ISO 8601, such as 2026-03-27T14:30 (local time) or 2026-03-27T14:30+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;uuid&quot;, &quot;number&quot;, &quot;aware&quot;, &quot;notify_by&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach add REGISTER --aware DATETIME --summary TEXT [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a personal data breach and print its number and the moment to notify the supervisory authority by: without undue delay and, where feasible, within 72 hours of becoming aware (Art. 33(1) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--summary is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1, aware since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the supervisory authority by %1, unless the breach is unlikely to result in a risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; of breach (try breach --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the breaches as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaches REGISTER [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the breach register, notified or not (Art. 33(5) GDPR), the most recent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the answers: nl (the AP&apos;s form is Dutch; the default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answers to FILE, whole or not at all, instead of printing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach form REGISTER NUMBER|UUID [--lang nl|en] [-o FILE] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a breach as the answers for the notification form of the Autoriteit Persoonsgegevens (Meldformulier datalekken), section by section in the form&apos;s order, to copy into the form. A question the register holds no answer to says that it is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a breach number or uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; the languages are nl and en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;-o&apos; needs a file name, not an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no breach &apos;%1&apos; in %2 (custodian-cli breaches lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers for %1 were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach needs a subcommand: add or form (try breach --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>change-passphrase REGISTER [--passphrase-file FILE] [--new-passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt a register under a new passphrase, which comes from --new-passphrase-file, CUSTODIAN_NEW_PASSPHRASE or the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password is never part of the register&apos;s address: it comes from the keychain, %1, %2 or the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team registers on PostgreSQL are not available in this version yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: custodian-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGISTER is a register file. Team registers on PostgreSQL (%1) are not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init REGISTER [--organisation NAME] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new encrypted register. A passphrase asked for on the terminal is asked for twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify REGISTER [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register read-only, check its integrity and print its versions and cipher profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after %2 (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after --version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a file name, not an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--organisation needs the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register state:   %1 (history entries · hash of the last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; is not valid UTF-8 text; if it names a file, rename the file so that its name is UTF-8 (for example with convmv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a register file and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: custodian-cli COMMAND [OPTIONS]

Commands:
  init FILE [--organisation NAME]     create a new encrypted register
  verify FILE [--json]                open a register, check its integrity, print its versions
  change-passphrase FILE              change the passphrase of a register
  check FILE [--json]                 list what an auditor would raise (completeness check)
  demo FILE                           write the demo register of a fictional company
  request add FILE --received DAY --rights R --requester NAME   log a data-subject request
  requests FILE [--status S] [--json] list the request cases, the most urgent first
  breach add FILE --aware TIME --summary TEXT   log a personal data breach
  breach form FILE NUMBER [--lang nl|en] [-o OUT]   the answers for the AP&apos;s breach form
  breaches FILE [--json]              list the breach register
  activity establish FILE NUMBER [--note TEXT]   establish an approved activity as its next version
  activity versions|diff FILE NUMBER  its established versions; what changed since the latest
  due FILE [--within DAYS] [--json | --format ics -o OUT]   what is overdue or due soon
  backup FILE -o COPY [--json]        an encrypted copy of a register, proved by opening it
  restore BACKUP -o NEWFILE [--json]  restore a backup as a new register file
  export FILE --format json|csv|xlsx [--layout custodian|ico|nl-workbook|ldv] [--lang nl|en] -o OUT
                                      the register as JSON (history included) or as lists
  import FILE IN [--layout custodian|ico|nl-workbook] [--mode merge|restore] [--dry-run] [--json]
                                      import a JSON export, CSV files or a workbook
  report FILE --kind KIND [--lang nl|en] [--format pdf|odt|html] -o OUT
                                      a report for auditors (the register, an activity, agreements,
                                      transfers, retention, measures, findings, history, requests,
                                      breaches)
  controls FILE [--json]              the controls auditors test that the reports are evidence for
  statement FILE [--audience A] [--version N] [--lang nl|en] [--format html|pdf|odt] -o OUT
                                      the public privacy statement, written from the register
  statement publish FILE [--audience A] --effective DAY [--changes TEXT]
                                      publish its next version, kept as published
  statements FILE [--json]            the privacy statements and their versions
  deadline request|breach|days ...    compute a statutory deadline (no register needed)
  deadline holidays|calendars ...     list a year&apos;s public holidays, or the holiday calendars

The passphrase comes from --passphrase-file FILE, the environment variable CUSTODIAN_PASSPHRASE,
or the terminal. A new passphrase comes from --new-passphrase-file FILE or
CUSTODIAN_NEW_PASSPHRASE.

Options:
  --help       show this text; COMMAND --help shows the help of one command
  --version    show the version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::ControlsCommand</name>
    <message>
        <source>Print the controls as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controls REGISTER [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the controls auditors test against that the register&apos;s reports are evidence for: the articles of the GDPR, the CIP Privacy Baseline&apos;s norms and the BIO2 measures Custodian knows, and the controls the organisation entered itself, each with the report kinds that name it. The register is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (entered by the organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIO2 as numbered in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::DueCommand</name>
    <message>
        <source>Count as of the end of this day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list what falls due within this many days (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ics: write an iCalendar file with an alarm at each internal target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (with --format ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due REGISTER [--as-of YYYY-MM-DD] [--within DAYS] [--json | --format ics -o FILE] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what is overdue or falls due soon: requests, extension notices, breaches, agreements ending, objection windows closing and reviews. Overdue means past the day to act by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date: write YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; the format is ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format ics needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o needs --format ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --format ics cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written to %1.</source>
        <translation>
            <numerusform>%n deadline written to %1.</numerusform>
            <numerusform>%n deadlines written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>Nothing is overdue or due within %n day.</numerusform>
            <numerusform>Nothing is overdue or due within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::ExchangeCommands</name>
    <message>
        <source>-o FILE is required: the new file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; custodian-cli does not overwrite files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2 (state %3). The file is not encrypted: keep it as safe as the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge (default): add and update items, each with a history entry; restore: the same register, history included, into an empty or new register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything and say what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the findings and the summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode is merge or restore, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than 1 GB: no register export is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) created</source>
        <translation>
            <numerusform>%n item created</numerusform>
            <numerusform>%n items created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the import would succeed (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored into %1: %2, and %n history entries, verified.</source>
        <translation>
            <numerusform>Restored into %1: %2, and %n history entry, verified.</numerusform>
            <numerusform>Restored into %1: %2, and %n history entries, verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported into %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separator is ; or , (or tab), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json: the whole register, with its history; csv: a file per list; xlsx: a workbook with a sheet per list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv and xlsx: the language of headers and labels, nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: the separator, ; or , (default: as the locale writes lists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (a new file); for several CSV files a folder, or a file ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the register out. JSON (resources/exchange/custodian-register.schema.json) holds every item, document and letter, and the history; CSV and XLSX hold the lists, for spreadsheets and auditors. The files are not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format json, csv or xlsx is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: json, csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is nl or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the separator, ; or , (default: the one the header row uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into a register, all or nothing: a JSON export, a CSV file, a workbook (.xlsx), or a folder or ZIP of CSV files and workbooks. With --mode restore (JSON only) a register file that does not exist yet is created. Exits 1 when the file has errors (and changes nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode restore reads a JSON export; lists are merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o is required: a new folder, or a file ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n established activity version(s) and their index to %1 (state %2).</source>
        <translation>
            <numerusform>Wrote %n established activity version and its index to %1 (state %2).</numerusform>
            <numerusform>Wrote %n established activity versions and their index to %1 (state %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>--layout ldv is a layout of json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout is custodian, ico or nl-workbook, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv and xlsx: custodian (default, every list), ico (the processing activities in the ICO template&apos;s columns) or nl-workbook (the Dutch workbook: Organisatie, Verwerkingen, Bewaartermijnen, headers in Dutch); json: custodian (default) or ldv (the established activity versions, a file each, for a logging back-end to resolve their URIs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export REGISTER --format json|csv|xlsx [--layout custodian|ico|nl-workbook|ldv] [--lang nl|en] [--separator S] -o OUT [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout %1 is a layout of csv and xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout %1 has Dutch headers and labels: it takes no --lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and XLSX: custodian (default: our lists, headers in Dutch or English), ico (the ICO template) or nl-workbook (the Dutch workbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import REGISTER IN [--layout custodian|ico|nl-workbook] [--mode merge|restore] [--dry-run] [--json] [--separator S] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout %1 is a layout of CSV files and workbooks.</source>
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
    <message>
        <source>the passphrase %1 is not UTF-8 text; use a passphrase of characters, not a file of random bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file %1 is larger than 64 KiB: it holds one line, the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file %1 holds more than one line: it must hold one line, the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::RegisterCommands</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completeness check found nothing to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n finding:</numerusform>
            <numerusform>%n findings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo register %1 (register id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given, so it uses the demo passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the findings as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check REGISTER [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what an auditor would raise (the completeness check). Exits 0 whatever it finds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo REGISTER [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the demo register of a fictional company. Without --passphrase-file or CUSTODIAN_PASSPHRASE it uses the demo passphrase, and says so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::ReportCommand</name>
    <message>
        <source>activity: the processing activity&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s language, nl or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification printed on every page (default: Confidential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (a new file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report of the register for auditors: every page names the organisation, the report, the register&apos;s state (the head of its history), when it was made and its classification. The same state gives the same text. The register is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind activity needs --uuid: the processing activity&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--uuid goes with --kind activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is nl or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE is required: the new file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; custodian-cli does not overwrite files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s), register state %2).</source>
        <translation>
            <numerusform>Wrote %1 (%n page, register state %2).</numerusform>
            <numerusform>Wrote %1 (%n pages, register state %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date: write YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (register state %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement: whom it is for, separated by commas: customers, prospects, website-visitors, applicants, employees, suppliers (default: every audience of a published activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience goes with --kind statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience: customers, prospects, website-visitors, applicants, employees or suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ap-breach-form: the breach&apos;s number (or its ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind ap-breach-form needs --number: the breach&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--number goes with --kind ap-breach-form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: pdf, odt, html or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind %1 is not written as %2: pdf, odt or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register (the default): the records of processing activities (Art. 30) with their agreements, parties, transfers, retention schedule, measures and completeness findings; activity: the sheet of one processing activity (--uuid); processor (Art. 30(2)); agreements (Art. 28, with the sub-processors); transfers; retention; measures; findings; and for a period (--from, --to): history (the changes), requests (the request log), breaches (the breach register); for the Autoriteit Persoonsgegevens: ap-register (what Art. 30 asks of the activities in use, also as xlsx) and ap-breach-form (one breach as the answers for the AP&apos;s notification form, --number); audit-dossier (for a period: each control with the parts that evidence it, the register&apos;s completeness, the register, the logs and the changes; also as xlsx); statement: the public privacy statement (--audience), a draft written from the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history, requests, breaches, audit-dossier: the first day of the period (default: twelve months before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history, requests, breaches, audit-dossier: the last day of the period (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf (PDF/A-1b, the default), odt (OpenDocument text, to edit), html (one web page) or, for ap-register and audit-dossier, xlsx (a workbook, a sheet per part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report REGISTER [--kind register|activity|processor|agreements|transfers|retention|measures|findings|history|requests|breaches|ap-register|ap-breach-form|audit-dossier|statement] [--uuid UUID] [--number NUMBER] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--audience AUDIENCES] [--lang nl|en] [--format pdf|odt|html|xlsx] [--label TEXT] -o OUT [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is register, activity, processor, agreements, transfers, retention, measures, findings, history, requests, breaches, ap-register, ap-breach-form, audit-dossier or statement, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to go with --kind history, requests, breaches or audit-dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::RequestCommands</name>
    <message>
        <source>The day the organisation received the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rights invoked, separated by commas: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it arrived: %1 (default email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;uuid&quot;, &quot;number&quot;, &quot;due&quot;, &quot;act_by&quot;, &quot;target&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request add REGISTER --received YYYY-MM-DD --rights RIGHTS --requester NAME [--channel CHANNEL] [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a data-subject request and print its case number and deadline (Art. 12(3) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date: write YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown right &apos;%1&apos;; rights: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rights names no right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--requester is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos;; channels: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1, received %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act by:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request needs a subcommand: add (try request --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; of request (try request --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the cases with this status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the cases as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests REGISTER [--status STATUS] [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the data-subject request cases, the most urgent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; statuses: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the request; - reads the name from standard input, which keeps it out of the shell&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the requester: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::StatementCommand</name>
    <message>
        <source>The statement to publish: the one in use for this audience (customers, prospects, website-visitors, applicants, employees, suppliers); without it, the only statement in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the new version takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, for the public (printed in the statement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the next version of a privacy statement: written from the register as it is now, in each of the statement&apos;s languages, and kept as published with the register&apos;s state. Refused, with the reasons, while the register does not say everything the statement needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--effective is required: the day the new version takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date: write YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience names one audience: its statement is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no privacy statement in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds %1 privacy statements in use: say which with --audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1 of &quot;%2&quot;, effective from %3 (register state %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom it is for (customers, prospects, website-visitors, applicants, employees, suppliers; several separated by commas): the statement in use that covers them, or a draft for them when none does. Without it: the only statement in use, or a draft for every audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published version, as archived, instead of the text written from the register now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement&apos;s language, nl or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html (one web page, the default), pdf (PDF/A-1b) or odt (OpenDocument text, to edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (a new file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement REGISTER [--audience AUDIENCES] [--version N] [--lang nl|en] [--format html|pdf|odt] -o OUT [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the public privacy statement from the register: as its latest published version when the register still says what that version says, else as a draft that lists what changed and what the register does not say yet (also on stderr). The register is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version is the number of a published version, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is nl or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: html, pdf or odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the statements as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements REGISTER [--json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the privacy statements: their audiences and languages, their published versions, and whether the register has changed since the latest (then publish a new version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no privacy statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, effective from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register still says what this version says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has changed since (%1): publish a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, in the statement&apos;s other language (needed when it is published in two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement publish REGISTER [--audience AUDIENCE] --effective YYYY-MM-DD [--changes TEXT] [--changes-translated TEXT] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the version says cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Completeness</name>
    <message>
        <source>Describe the purpose of the processing: Art. 30(1)(b) requires it in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lawful basis the processing rests on: every processing needs one of Art. 6(1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the categories of data subjects: Art. 30(1)(c) requires them in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the categories of personal data: Art. 30(1)(c) requires them in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the technical and organisational security measures: Art. 30(1)(g) asks for a general description where possible (Art. 32(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the categories of processing carried out for the controller: Art. 30(2)(b) requires them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record where the data is stored: the controller needs it to answer access and erasure requests (Art. 28(3)(e)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the technical and organisational security measures: Art. 30(2)(d) asks for a general description where possible (Art. 32(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record where the data is stored, so that access and erasure requests can be answered completely (Arts. 15 and 17; accountability, Art. 5(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name each controller on whose behalf this processing is carried out: Art. 30(2)(a) requires them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the cookie is for: the privacy statement and the cookie banner must tell visitors (Tw art. 11.7a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the processing activity the cookie serves: its lawful basis, consent and retention apply to what the cookie collects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the control a title, so that a reader of the list knows what it asks without the framework at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reports that are evidence for the control: until then no report names it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::ActivityVersion</name>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity version belongs to a processing activity: choose the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity version has a number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity version has a URI without spaces, which log lines point to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity version records when it was established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity version records what the activity said when it was established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of the activity version does not match what it records: the version was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Agreement</name>
    <message>
        <source>Enter a title for the agreement, such as &quot;Processing agreement hosting&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether this is a processing or a sub-processing agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organisation cannot be both controller and processor: choose the other party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same party cannot be both controller and processor: choose another party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-processing agreement rests on the agreement above it (Art. 28(4)): choose that agreement as its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sub-processing agreement has an agreement above it: make this a sub-processing agreement or clear the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement cannot be its own parent: choose the agreement above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement expires before it takes effect: correct one of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement expires before it was signed: correct one of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of Art. 28(3): use (a) to (h) or the notice of infringing instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; is listed twice: keep it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose specific or general authorisation of sub-processors (Art. 28(2)), or leave it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection window cannot be negative: enter a number of days, or 0 when none is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-processor notice in row %1 has no date of receipt: enter the day it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-processor notice in row %1 has an unknown decision: choose pending, accepted or objected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-processor notice in row %1 was decided before it was received: correct one of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the data was deleted or returned at the end of the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status: draft, active or terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the agreement counts the objection window: calendar days, working days or days under Reg. 1182/71.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the objection window starts when the notice is sent or when it is received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term for reporting a breach cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model this register knows: choose one from the list, or &quot;Another model&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annex in row %1 has an unknown kind: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report or certificate in row %1 has an unknown kind: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review in row %1 has no date: enter the day the supplier was reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review in row %1 has an unknown outcome: choose adequate, adequate with actions or inadequate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report or certificate in row %1 ends before it was issued: correct one of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::AgreementRules</name>
    <message>
        <source>This agreement cannot sit below the one chosen as its parent: that agreement is already below this one, so the chain would loop. Choose another parent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Breach</name>
    <message>
        <source>Describe in a sentence what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the organisation became aware of the breach: the 72 hours count from that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment of awareness is outside the years the deadlines can be counted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value this field takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach cannot end before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach cannot be discovered before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation cannot be aware of the breach before it was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority cannot be notified before the breach was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data subjects cannot be informed before the breach was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of people or records cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest estimate is higher than the highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe each follow-up action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the controller to notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach cannot be closed before the organisation became aware of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data protection officer cannot be told of the breach before it was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Codes</name>
    <message>
        <source>Consent (Art. 6(1)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests (Art. 6(1)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task or official authority (Art. 6(1)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests (Art. 6(1)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit consent (Art. 9(2)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests of a person unable to consent (Art. 9(2)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestly made public by the data subject (Art. 9(2)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal claims or courts (Art. 9(2)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial public interest (Art. 9(2)(g))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health (Art. 9(2)(i))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-union membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric data for unique identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data concerning health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covert investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships sharing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible camera surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet of things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observing and influencing behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DPIA required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External recipient (third party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-US Data Privacy Framework (Art. 45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard contractual clauses (Art. 46(2)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation for a specific situation (Art. 49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module 1: controller to controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module 2: controller to processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module 3: processor to processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module 4: processor to controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes only on documented instructions, including on transfers (Art. 28(3)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the security measures of Art. 32 (Art. 28(3)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engages sub-processors only with authorisation and the same obligations (Art. 28(3)(d), 28(2) and 28(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assists with data-subject requests (Art. 28(3)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assists with security, breaches, DPIAs and prior consultation, Arts. 32 to 36 (Art. 28(3)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General written authorisation (Art. 28(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract with the data subject (Art. 6(1)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment, social security or social protection law, or a collective agreement (Art. 9(2)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not-for-profit body with a political, philosophical, religious or trade-union aim, for its members (Art. 9(2)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive or occupational medicine, health or social care (Art. 9(2)(h))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving in the public interest, scientific or historical research, statistics (Art. 9(2)(j))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 46(2)(b), Art. 47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensures that persons authorised to process the data are bound to confidentiality (Art. 28(3)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes or returns all data at the end, at the controller&apos;s choice, and deletes existing copies unless law requires storage (Art. 28(3)(g))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes information available and allows for and contributes to audits, including inspections (Art. 28(3)(h))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of instructions that infringe the GDPR or other data protection provisions (Art. 28(3) second subparagraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior specific written authorisation (Art. 28(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO appointed as required (Art. 37(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO appointed voluntarily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DPO required (Art. 37(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days, moved past weekends and holidays (Reg. 1182/71)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the day the notice was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the day the notice was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessary for a contract with the data subject (Art. 22(2)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by Union or Member State law (Art. 22(2)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit consent (Art. 22(2)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation or scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data processed on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching or combining data sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data concerning vulnerable data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovative use or new technological solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed under a legal obligation (recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in a particular inquiry (not a recipient, Art. 4(9))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least (a duty to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most (keep no longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly (delete at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions with legal or similar effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevents exercising a right or using a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit consent after being informed of the risks (Art. 49(1)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessary for a contract with the data subject (Art. 49(1)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessary for a contract in the data subject&apos;s interest (Art. 49(1)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important reasons of public interest (Art. 49(1)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal claims (Art. 49(1)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests of a person unable to consent (Art. 49(1)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a public register (Art. 49(1)(g))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compelling legitimate interests (Art. 49(1), second subparagraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data returned, copies deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data returned, copies not yet deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because a law requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument between public authorities (Art. 46(2)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses adopted by a supervisory authority (Art. 46(2)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct with binding commitments (Art. 46(2)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification with binding commitments (Art. 46(2)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractual clauses authorised by the supervisory authority (Art. 46(3)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative arrangement authorised by the supervisory authority (Art. 46(3)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other safeguards of Art. 46, not said which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access (Art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification (Art. 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of processing (Art. 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data portability (Art. 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection (Art. 21(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection to direct marketing (Art. 21(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to be subject to an automated decision (Art. 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information about the processing (Arts. 13 and 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through another controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental authority (child under 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian, curator or mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complexity of the request (Art. 12(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of requests (Art. 12(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity and number of requests (Art. 12(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reasonable fee charged (Art. 12(5)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to act (Art. 12(5)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal data found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights and freedoms of others (Art. 15(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freedom of expression and information (Art. 17(3)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation or public task (Art. 17(3)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health (Art. 17(3)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving, research or statistics (Art. 17(3)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal claims (Art. 17(3)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compelling legitimate grounds (Art. 21(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conditions of Art. 20(1) are not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data subject cannot be identified (Art. 11(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restriction under Art. 23 GDPR (UAVG art. 41)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another legal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purposes (Art. 15(1)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories of personal data (Art. 15(1)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipients, by name (Art. 15(1)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period or its criteria (Art. 15(1)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rights to rectification, erasure, restriction and objection (Art. 15(1)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right to lodge a complaint with the supervisory authority (Art. 15(1)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of the data (Art. 15(1)(g))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions, their logic and consequences (Art. 15(1)(h))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safeguards of transfers outside the EEA (Art. 15(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the personal data (Art. 15(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read (confidentiality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered (integrity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted or destroyed (availability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper lost or stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sent to the wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail sent to the wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hacking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malware or ransomware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access by an unauthorised employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed of improperly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malicious act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, addresses and places of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail or other electronic addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access or identification data (user names, passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial data (account numbers, credit card numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of passports or other identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex, date of birth or age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen service numbers (BSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories of personal data (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal convictions and offences (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other vulnerable people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage to reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of data under professional secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear of misuse (immaterial damage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely to result in a risk (Art. 33(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk to people&apos;s rights and freedoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A high risk (Art. 34(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data were unintelligible, for example encrypted (Art. 34(3)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later measures removed the high risk (Art. 34(3)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disproportionate effort: a public communication instead (Art. 34(3)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospective customers and business contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statutory requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contractual requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requirement necessary to enter into a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strictly necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences (with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics with little impact on privacy (no consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics (with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing and tracking (with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail with every recipient visible (To or Cc instead of Bcc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post returned opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access rights given wrongly or not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data open on a shared drive or online folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong file or attachment sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet which data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard processing agreement for municipalities (VNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education model processing agreement 4.0 (privacy covenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General education model processing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NLdigital Data Pro Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARVODI-2018 (central government)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARVODI-2018 with the Police Data Act (Wpg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy insert (per product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Pro Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification of the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO/IEC 27001 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEN 7510 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISAE 3402 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOC 2 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party memorandum (TPM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosa check (education)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Pro certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Audit Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other report or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate with actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing as a processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing agreements and sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for the AP (Art. 30(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach answers for the AP&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::ControlReference</name>
    <message>
        <source>Enter the framework the control belongs to (such as NOREA PCF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the control&apos;s code as the framework numbers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Cookie</name>
    <message>
        <source>Until the browser is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the cookie or technique, as the browser shows it (such as &quot;_ga&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what it is: a cookie, local storage, a pixel or a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category: strictly necessary, preferences, analytics (with or without consent) or marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit of the lifetime: days, weeks, months or years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in what unit the lifetime is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cookie is gone when the browser closes: clear the lifetime, or say it is not a session cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lifetime cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the two-letter country code, such as US.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::ExtraFields</name>
    <message>
        <source>An item keeps at most %1 extra fields from imports; this one has %2. Map the columns of the file to the register&apos;s fields, or leave some out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra field from an import has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra field &quot;%1&quot; holds %2 characters; a spreadsheet cell, and so an extra field, holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::LegalHold</name>
    <message>
        <source>Enter a title for the hold, such as the dispute or inquiry it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the retention rule whose deletion is suspended, the processing activity the records belong to, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the hold started: its yearly review is counted from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last review cannot be before the hold started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold cannot be released before it started.</source>
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
    <message>
        <source>This is not a web address. Use the form https://www.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the privacy statement names recipients: by name or by category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the register&apos;s texts: Dutch or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base of the URIs starts with urn:, https:// or http://, has no spaces and does not end with a slash, such as https://register.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OIN has exactly 20 digits, such as 00000001001234567000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RSIN is written in digits only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Party</name>
    <message>
        <source>Enter the party&apos;s name: the register cannot refer to a party without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country as its two-letter ISO code, such as NL, IE or US.</source>
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
        <source>&quot;%1&quot; is not a role a party can have: choose controller, joint controller, processor, sub-processor or recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is given twice: keep it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dutch Chamber of Commerce (KvK) number has eight digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::PrivacyStatement</name>
    <message>
        <source>Give the statement a title, as the public sees it (such as &quot;Privacy statement&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the audiences the statement is for: it describes the processing published for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience of a privacy statement: choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the languages the statement is published in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the statement can be written in: choose Dutch or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. Use the form https://www.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A translation needs its language and the register&apos;s text it translates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::ProcessingActivity</name>
    <message>
        <source>The transfer in row %1 has an unknown SCC module: choose module 1, 2, 3 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 names an SCC module but not standard contractual clauses as its mechanism: choose the mechanism or clear the module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review lies before the last review: choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status: draft, in review, approved or retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the processing activity, such as &quot;Payroll&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lawful basis of Art. 6(1): choose one of (a) to (f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of data subjects in row %1 has no name: name it or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of personal data in row %1 has no name: name it or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of personal data in row %1 has an unknown special category: choose one of Art. 9(1) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient in row %1 has an unknown kind: choose internal, external, processor or public authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient in row %1 is empty: choose a party or describe the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether a DPIA is required: yes, no or not yet assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the Dutch DPA&apos;s list of processing that needs a DPIA: choose an item of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state of the DPIA: not started, in progress or completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient in row %1 has an unknown kind of disclosure: choose a legal obligation or a particular inquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The activity says it has no recipients but lists %n recipient(s): clear the list or the statement.</source>
        <translation>
            <numerusform>The activity says it has no recipients but lists %n recipient: clear the list or the statement.</numerusform>
            <numerusform>The activity says it has no recipients but lists %n recipients: clear the list or the statement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the exception of Art. 22(2): a contract, a law or explicit consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the nine criteria of the DPIA guidelines (WP248): choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the residual risk after the DPIA: low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 has an unknown derogation: choose one of Art. 49(1)(a) to (g) or compelling legitimate interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of personal data in row %1 has an unknown exception: choose one of Art. 9(2)(a) to (j).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of personal data in row %1 names an exception of Art. 9(2) but no special category: choose the special category or clear the exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joint controller in row %1 is not chosen: choose the party or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 has an unknown mechanism: choose an adequacy decision, the Data Privacy Framework, one of the safeguards of Art. 46 or a derogation of Art. 49.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience of a privacy statement: choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether providing the data is a statutory or contractual requirement, needed to enter into a contract, or voluntary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the confidentiality of the activity: normal or confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log retention cannot be negative: enter 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit of the log retention: days, weeks, months or years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in what unit the log retention is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Based on&quot; is the web address of the model processing the activity follows, such as https://www.gemmaonline.nl/….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::ProcessorActivity</name>
    <message>
        <source>Enter a name for the processing, such as &quot;Hosting of the application for a customer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::RequestCase</name>
    <message>
        <source>Enter the day the organisation received the request: the deadline counts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of receipt is outside the years the deadlines can be counted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one right the request invokes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value this field takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request cannot reach the privacy desk before it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester cannot be told of an extension before the request was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer cannot be sent before the request was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot close before the request was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity check cannot be dated before the request was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of an identity document cannot be destroyed before it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection cannot be received or decided before the answer was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection cannot be decided before it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the objection was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection and a deciding body belong to a decision under the Awb: tick &quot;Decision under the Awb&quot; or clear them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::RetentionCatalogue</name>
    <message>
        <source>en</source>
        <extracomment>The code of the language of this translation: nl for Dutch. Used to choose the language of data files such as the retention catalogue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention catalogue could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::RetentionRule</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>No fixed period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the period (&quot;7 years&quot;), %2 the moment it runs from (&quot;after the end of the financial year&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the retention rule, such as &quot;Fiscal records&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot be negative: enter a number of days, weeks, months or years, or 0 for no fixed period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose days, weeks, months or years as the unit of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit of the period: days, weeks, months or years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the length of the period, or clear the unit when there is no fixed period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the period rests on: a statute, regulator guidance, own policy or a contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the statute and article the period comes from, such as &quot;AWR art. 52(4)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why deletion is on hold, such as the case or claim it is kept for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>a retention period that is a duty to keep: &quot;at least 7 years&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>a retention period that must not be exceeded: &quot;at most 4 weeks&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the period is a minimum, a maximum or fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the selection list the category &quot;%1&quot; belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::SecurityMeasure</name>
    <message>
        <source>Enter a title for the measure, such as &quot;Encryption of the application database&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the measure is technical or organisational.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::SpecialGrounds</name>
    <message>
        <source>general exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general exceptions in the public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>research and statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>racial or ethnic origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>religious or philosophical beliefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>biometric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::StatementVersion</name>
    <message>
        <source>A version belongs to a privacy statement: choose the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version has a number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the version takes effect, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version records when it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version records what it says of the register (its manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version holds its published text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Entities</name>
    <message>
        <source>the sub-processing agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the processing activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register settings %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the processor activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the breach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie or tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies and trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the privacy statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::Backups</name>
    <message>
        <source>Custodian backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. A backup is restored as a new file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of the backup %1 does not verify: it was damaged or changed. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was copied to %1, but the copy could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was copied to %1, but the restore could not be recorded in its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::Csv</name>
    <message>
        <source>The file is not UTF-8; it was read as Windows text (code page 1252), as Excel writes CSV on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data: it is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after a closing quote in row %1 was kept as part of the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in row %1 is longer than %2 characters: this is not a register&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a quoted value that starts in row %1: it is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row has %1 columns; a register&apos;s list has at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 values, the header row %2 columns: a separator or quote is misplaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::ExportFile</name>
    <message>
        <source>Register export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; Custodian does not overwrite files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::FileBundle</name>
    <message>
        <source>The file %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::ImportReport</name>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::LdvExport</name>
    <message>
        <source>The activity versions could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; Custodian does not write over files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::RegisterJson</name>
    <message>
        <source>Expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the uuid of an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the codes of this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a moment as YYYY-MM-DDThh:mm:ssZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the codes of this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an item (a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uuid %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register refused this item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to %1 %2, which is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore needs the uuid of every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items of the register have this name: a new one is created.</source>
        <translation>
            <numerusform>%n item of the register has this name: a new one is created.</numerusform>
            <numerusform>%n items of the register have this name: a new one is created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another item of the file was already written to the same item of the register: give each its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected base64 content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s content does not match its SHA-256: the file was damaged or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a row (a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Custodian register export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written in format version %1, which this version of Custodian does not read (it reads up to %2): update Custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file comes from a newer version of Custodian (schema %1, this one has %2): fields this version does not know are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of item: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore needs an empty register: this one already holds items or history. Import into a new register, or merge instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history in the file does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history in the file does not end in the state the file names: entries are missing or were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A merge records each item it writes in this register&apos;s own history; the %n entries of the file&apos;s history are not copied (a restore into a new register copies them).</source>
        <translation>
            <numerusform>A merge records each item it writes in this register&apos;s own history; the %n entry of the file&apos;s history is not copied (a restore into a new register copies it).</numerusform>
            <numerusform>A merge records each item it writes in this register&apos;s own history; the %n entries of the file&apos;s history are not copied (a restore into a new register copies them).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A merge keeps this register&apos;s own settings and case numbering; the file&apos;s (%n rows) are not copied (a restore into a new register copies them).</source>
        <translation>
            <numerusform>A merge keeps this register&apos;s own settings and case numbering; the file&apos;s (%n row) is not copied (a restore into a new register copies it).</numerusform>
            <numerusform>A merge keeps this register&apos;s own settings and case numbering; the file&apos;s (%n rows) are not copied (a restore into a new register copies them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::Tabular</name>
    <message>
        <source>Access (Art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification (Art. 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction (Art. 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data portability (Art. 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection (Art. 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details of joint controller (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to contract with processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of third countries or international organisations that personal data are transferred to (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule (if possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General description of technical and organisational security measures (if possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6 lawful basis for processing personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9 basis for processing special category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests for the processing (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to record of legitimate interests assessment (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights available to individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existence of automated decision-making, including profiling (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of the personal data (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to record of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Impact Assessment required? (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Impact Assessment progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to Data Protection Impact Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data breach? (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to record of personal data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose of processing is empty: it names the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose is long: the activity is named by its beginning, &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of each recipient (internal, external, processor, authority) was guessed from its words: check it in the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name no agreement of the register: the text is kept in the description.</source>
        <translation>
            <numerusform>%n line names no agreement of the register: the text is kept in the description.</numerusform>
            <numerusform>%n lines name no agreement of the register: the text is kept in the description.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Custodian knows: the text is kept in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards without a country: the text is kept in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer mechanism was read from the text as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention is kept per category of data with a retention rule: what names no rule of the register is kept in the description; link a rule to each category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name no security measure of the register: the text is kept in the description; add the measures and link them.</source>
        <translation>
            <numerusform>%n line names no security measure of the register: the text is kept in the description; add the measure and link it.</numerusform>
            <numerusform>%n lines name no security measure of the register: the text is kept in the description; add the measures and link them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lawful basis of Art. 6(1): the text is kept in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Art. 9(2) exception is kept per category of data: the text is kept in the description; mark the special categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian derives the rights of data subjects from the lawful bases: the column is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yes or no: the text is kept in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yes or no: the DPIA is marked as not yet assessed and the text kept in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a state of a DPIA: the text is kept in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches are kept in the breach register: the text is kept in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV files could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export has %n lists: name a folder, or a file ending in .zip, for them.</source>
        <translation>
            <numerusform>The export has %n list: name a folder, or a file ending in .zip, for it.</numerusform>
            <numerusform>The export has %n lists: name a folder, or a file ending in .zip, for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not a ZIP file that can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file unpacks to more than 1 GB: it is not a register&apos;s lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be unpacked from %1: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file holds no CSV file and no workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 1 GB: it is not a register&apos;s lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds no CSV file and no workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is not recognised by its headers and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is not recognised and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: no list was recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time: write it as YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID written by Custodian (a uuid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is named &quot;%2&quot; in the file or the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several items of the register are named &quot;%1&quot;: write the ID of the one you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the register: a new %2 is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field of the register takes the column: its values are kept on each item as extra fields (from imports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD or D-M-YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period of one unit as ISO 8601 writes it: P7Y, P6M, P2W or P30D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has one organisation: only the sheet&apos;s first row is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Custodian knows: the address&apos;s country is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is empty: it names the retention rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it is kept on the activity as it is and written back in this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: Concept, In beoordeling, Goedgekeurd, Vastgesteld or Beëindigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrangement names no joint controller of the row: it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lawful basis of Art. 6(1): write one of %2, or 6.1.a to 6.1.f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of personal data of the row: write &quot;Category: value&quot; with a category of its column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a special category of Art. 9(1): write one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a retention rule of the workbook or the register: a new one is created from the row&apos;s period, start and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;Strafrechtelijke gegevens: grond&quot;, &quot;BSN: grond&quot; nor &quot;nee&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement of the register is named &quot;%1&quot;: add the processing agreement and link it to the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) are not in the register (%1): their names are kept on the activity and written back in this column; add the agreements and link them.</source>
        <translation>
            <numerusform>%n agreement is not in the register (%1): its name is kept on the activity and written back in this column; add the agreement and link it.</numerusform>
            <numerusform>%n agreements are not in the register (%1): their names are kept on the activity and written back in this column; add the agreements and link them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Custodian knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ja or nee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers are marked, but no country is named: name the countries in their column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country of the row: write &quot;Country: safeguard&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) are not in the register (%1): their names are kept on the activity and written back in this column; add the measures and link them.</source>
        <translation>
            <numerusform>%n measure is not in the register (%1): its name is kept on the activity and written back in this column; add the measure and link it.</numerusform>
            <numerusform>%n measures are not in the register (%1): their names are kept on the activity and written back in this column; add the measures and link them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ja or nee (then &quot;Logica: …&quot; and &quot;Gevolgen: …&quot; lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ja, nee or onbekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;AP-lijst&quot; or &quot;WP248&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criterion of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not Normaal or Vertrouwelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither the organisation&apos;s OIN nor its KvK number: the activity is imported as the register&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty: it names the processing activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register makes the activity versions and the moments of its history itself: the columns of versions and moments are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty: it names the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a processor relation: the row is imported as a draft agreement; record an arrangement between controllers with the activity&apos;s joint controllers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not opdrachtgever or verwerker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns that sum up an agreement&apos;s lists (its activities, sub-processors, annexes, assurance reports, reviews and audit clause) are written from the register and not read: edit those in the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns that sum up a case&apos;s records (identity checks, outcomes, grounds for refusal, recipients told, the deadline) are written from the register and not read: edit those in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty: it names the breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of records or a range such as 100–250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a right of a data subject: write one of %2, or the article (15, 16, 17, 18, 20, 21, 22, 7.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the register: it is added as one of the organisation&apos;s administrative bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the number of another processing activity of the register: this one gets the next free number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no ID and no number: it is taken to be %1, the register&apos;s one case received that day for those rights. Give a new case its own row number if it is another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was changed in the register after this workbook was made (%1): where the row differs, it undoes that change. Export the register again and make the edits there, or check the dry run&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::Xlsx</name>
    <message>
        <source>The workbook %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists: choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libxlsxwriter could not start the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) longer than a spreadsheet cell holds (32,767 characters) were cut.</source>
        <translation>
            <numerusform>%n value longer than a spreadsheet cell holds (32,767 characters) was cut.</numerusform>
            <numerusform>%n values longer than a spreadsheet cell holds (32,767 characters) were cut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has no part %1: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be unpacked: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to more than 256 MB: it is not a register&apos;s spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it cannot be opened as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s list of sheets is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s texts are damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no part in the workbook: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell lies beyond column %1: this is not a register&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell names a text the workbook does not have: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Fields</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement above this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of deletion or return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 28(3) checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor change notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPF certification checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate-interest assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal-offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground for criminal-offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen service number (BSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory ground for the BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative in the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. From the data subject, from the customer&apos;s administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data is kept: system, supplier, country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations and rights of the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by the controller on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the supervisory authority on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicly accessible source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to answer access and erasure requests completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception (Art. 22(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law that authorises it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards (Art. 22(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring of a public area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior consultation submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the DPIA on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP248 criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which basis covers what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests pursued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where consent is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPF covers HR data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception (Art. 9(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union or Dutch law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essence of the arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact point for data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details (Art. 27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law that requires storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects and records covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation of the supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a breach to the controller within (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware of the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why from that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor&apos;s notice received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the AP by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of people affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records affected, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records affected, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted to the state of the art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was compromised too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection before the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences for the people affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning of the risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice of the data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the Autoriteit Persoonsgegevens (Art. 33)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified to the AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP&apos;s reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for notifying after 72 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact point for the AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected in other member states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other supervisory authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also to be notified under the Telecommunicatiewet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the people affected (Art. 34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception (Art. 34(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AP required it (Art. 34(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notifications (police, insurer, NCSC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken and proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers to notify (Art. 33(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the privacy desk on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the request is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable doubt about the identity (Art. 12(6))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended by two months (Art. 12(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester told of the extension on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the first month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the request is manifestly unfounded or excessive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling the recipients is impossible or takes disproportionate effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the recipients were not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester told who the recipients are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer names the complaint to the AP and the court (Art. 12(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s details erased on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal ground for not granting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was asked or checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of an identity document received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy destroyed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access answer gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors instructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients told (Art. 19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public body (its decisions are open to objection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance and consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail for privacy questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form for requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the DPO in the privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients in the privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the register&apos;s texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in the privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the safeguards from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose in words for the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providing the data is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the data is not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description for the customers&apos; users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country outside the EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people hear of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on exercising rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register state fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it says of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published text in Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published text in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the activity said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of the activity versions&apos; URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log retention unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra fields (from imports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional or final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisation involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means used to inform them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OIN (government organisation identifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative body of this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO notes (not public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller (administrative body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision under the Awb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding administrative body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal lodged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to the AP on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection list category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the document is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance reports and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly supplier reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports that are evidence for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Letters::LetterCatalogue</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification, erasure or restriction completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to a recipient (Art. 19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction to a processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication to the people affected (Art. 34)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Letters::LetterTemplate</name>
    <message>
        <source>A tag is not closed: &quot;}}&quot; is missing on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; includes itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no part named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part &quot;%1&quot;, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} closes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is not a tag: use #if, #unless or #each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} needs the name of a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{else}} comes twice in {{%1}} of line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is never closed: {{%2}} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} does not close {{%2}} of line %3: {{%4}} is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is not a tag or the name of a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter has no value named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list: write its items with {{#each %1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group: name one of its values, such as %1.name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a yes or no: use it in {{#if %1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::ActivityService</name>
    <message>
        <source>The processing activity could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activity was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activity could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activity could not be retired. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activity could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activity %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::ActivityVersionService</name>
    <message>
        <source>%1 &quot;%2&quot; is now named &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not established: only an approved activity is. Set its status to Approved first, once it has been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not established: correct the marked fields of the activity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An established activity version is kept as it was: it cannot be changed. Establish the activity again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this activity has been established already, in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity version could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was not established: the version is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be established. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An established activity version is kept as it was: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An established activity version is kept as it was: it cannot be retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not established again: it says exactly what its activity version %2 says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::AgreementService</name>
    <message>
        <source>The agreement could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not added: it needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be added. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be found: it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be removed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents could not be added. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::AuditLog</name>
    <message>
        <source>The history of this item could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data could not be protected in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of the register could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::BreachApForm</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under which legislation are you making this notification?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The General Data Protection Regulation (AVG) and the Telecommunications Act (Telecommunicatiewet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The General Data Protection Regulation (AVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplement to an earlier notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal of an earlier notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this a new notification, a supplement to an earlier notification or its withdrawal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the AP gave the earlier notification (meldnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was the earlier notification made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details and other general information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which organisation is this about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chamber of Commerce (KvK) number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is reporting the data breach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom can the AP contact for more information about the notification?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer (FG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the organisation is the processor of the controllers below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: a processor of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was another organisation involved in the breach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (informed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to be informed by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controllers for whom the organisation processes the data (Art. 33(2) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did the breach begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the breach still going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did the breach end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was the breach discovered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the breach discovered, and by whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did the processor inform the organisation of the breach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did the organisation become aware of the breach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the breach notified more than 72 hours after becoming aware of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise the incident in which the security of personal data was breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the nature of the incident in which the security of personal data was breached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which aspects of security were breached: confidentiality, integrity, availability?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What type of incident was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What caused the breach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In which processing activities did it occur?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which systems were affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data involved in the data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kinds of personal data are involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which special categories of personal data are involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many data records were affected by the breach (approximately, if need be)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group of people whose personal data are involved in the data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people are affected by the breach (approximately, if need be)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which groups of people are affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are vulnerable groups affected, such as children?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken before the data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were the personal data encrypted, hashed or otherwise made unintelligible or inaccessible to unauthorised persons?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted to the state of the art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the key or password come into the hands of unauthorised persons as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain how the personal data were protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences of the data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the consequences of the breach of the confidentiality, integrity or availability of the data for the people affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What consequences can the breach have for the private lives of the people affected (physical, material or immaterial harm)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate the severity of the possible consequences for the people affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions after the data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you informed the people affected of the breach, or do you intend to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When were the people affected informed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How were the people affected informed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When do you intend to inform the people affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will the people affected be informed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you not inform the people affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informing every person affected would take disproportionate effort: how do you inform them through a public communication?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which measures have you taken, or do you intend to take, to address the breach and limit its consequences?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the breach occur in cross-border processing (people affected in other EU member states)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you notified the breach to other supervisory authorities as well? To which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s own reference for the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notifications of the breach (police, insurer, NCSC, sector regulators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the notification provisional or final?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (function not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::BreachService</name>
    <message>
        <source>The breach could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach deadlines could not be counted again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::CaseNumbers</name>
    <message>
        <source>No case number could be given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::CompletenessCheck</name>
    <message>
        <source>The transfer in row %1 does not name the third country or international organisation: %2 requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 names no transfer mechanism: record the adequacy decision, safeguards or derogation it rests on (Arts. 44 to 49, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on standard contractual clauses but names no module: record which module of Decision (EU) 2021/914 was signed (Art. 46(2)(c)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 relies on the EU-US Data Privacy Framework, which covers only certified organisations: check the recipient&apos;s certification and record the date (not checked in the last 12 months; Art. 45).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next review date is set: plan one, so the record stays accurate (accountability, Art. 5(2) and Art. 24(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review planned for %1 is overdue: review the record and set the next date (accountability, Art. 5(2) and Art. 24(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal-offence data is processed without a ground: record the authority or law that allows it (Art. 10; UAVG arts. 31 to 33).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen service number (BSN) is processed without a ground: name the law that prescribes it (UAVG art. 46).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing rests on legitimate interests without a reference to the balancing test: record the legitimate-interest assessment (Art. 6(1)(f), Art. 5(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 has no retention period: link a retention rule, as Art. 30(1)(f) asks where possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule %1 of the category %2 names no legal ground: record the statute, guidance or policy the period comes from (Art. 30(1)(f), Art. 5(1)(e)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department or person who owns the processing, so questions reach someone (accountability, Art. 5(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing relies on the agreement %1, which has been terminated: a processor needs a binding agreement (Art. 28(3)). Link the current agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing relies on the agreement %1, which expired on %2: a processor needs a binding agreement (Art. 28(3)). Renew it or link the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA is required but not completed: Art. 35(1) requires it before the processing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing falls under the Dutch DPA&apos;s list of processing that always needs a DPIA (%1), but is marked as not needing one: carry out the DPIA (Art. 35(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no processing agreement with %1: processing for a controller must be governed by one (Art. 28(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement does not show that it covers this Art. 28(3) item: %1. Tick it with the clause that covers it, or amend the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-processing agreement must pass on the obligations of the agreement above it (Art. 28(4)): choose that agreement as its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement expired on %1 but is still active: renew it or terminate it (Art. 28(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review planned for %1 is overdue: check the agreement still matches the processing (Art. 28(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processors are generally authorised but no objection window is recorded: Art. 28(2) gives the controller the chance to object to changes. Record the agreed number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection period for the sub-processor change received on %1 ended on %2 without a decision: record whether it was accepted or objected to (Art. 28(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement is terminated without proof that the data was deleted or returned: record it (Art. 28(3)(g)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DPO is required, but the reasoning is not recorded: document why Art. 37(1) does not apply, as the WP29 guidelines on DPOs (WP243) recommend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data protection officer is named: Art. 30(1)(a) asks for the DPO&apos;s contact details. Name the DPO, or record that none is required and why (Art. 37).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPO is appointed but not named: Art. 30(1)(a) asks for the DPO&apos;s contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date the DPO was communicated to the supervisory authority: Art. 37(7) requires it (in the Netherlands, through the AP&apos;s register of DPOs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing relies on the agreement %1, which is still a draft: an agreement binds only once it is concluded in writing (Art. 28(3) and 28(9)). Record it as active when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing relies on the agreement %1, which takes effect only on %2: until then the processor has no binding agreement (Art. 28(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the categories of recipients, internal ones and processors included, or record that the data is disclosed to no one: Art. 30(1)(d) requires them in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the agreement %1 our organisation is the processor, for %2: it governs processing for that controller, not this activity. Link it to the record of processing as a processor (Art. 30(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor in row %1 of the recipients is not a party in the register: choose the party, so that its processing agreement can be checked (Art. 28(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a processor of this activity, but its agreement %2 is not linked: link it, so the record shows the processing is governed by it (Art. 28(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a processor of this activity, but no agreement with %1 as processor is linked: processing by a processor must be governed by a binding agreement (Art. 28(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked agreement %1 names %2 as processor, but %2 is not among the recipients: add it as a processor (Art. 30(1)(d)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 is kept under the retention rule %2, which is retired: link the rule that applies now (Art. 30(1)(f)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule %1 of the category %2 gives neither a period nor the event that ends it: Art. 30(1)(f) asks for the time limit for erasure, or the criteria that set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions are based solely on automated processing without an exception: record whether a contract, a law or explicit consent allows them (Art. 22(2)), or stop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automated decisions rest on a law that is not named: record the Union or Dutch law that authorises them and lays down the safeguards (Art. 22(2)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the safeguards for the automated decisions: at least the right to human intervention, to express one&apos;s point of view and to contest the decision (Art. 22(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions on special categories of data are allowed only with explicit consent or for a substantial public interest, Art. 9(2)(a) or (g), with suitable safeguards (Art. 22(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 35(3)(a): automated evaluation, including profiling, on which decisions with legal or similarly significant effects are based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 35(3)(b): special categories or criminal-offence data on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 35(3)(c): systematic monitoring of a publicly accessible area on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA is required by law for this processing (%1): mark it as required and carry it out before the processing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a DPIA is needed has not been assessed: the controller must assess it before the processing starts (Art. 35(1)). Record the outcome and the reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing meets %1 criteria of the DPIA guidelines (WP248: %2); two or more usually mean a DPIA is required. Carry it out, or record why it is not needed (Art. 35(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why no DPIA is needed: the DPIA guidelines (WP248) recommend documenting the assessment (Art. 35(1), accountability Art. 5(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome of the DPIA: the residual risk after the measures decides whether the supervisory authority must be consulted first (Art. 36(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPIA leaves a high residual risk: consult the supervisory authority before the processing starts and record when (Art. 36(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of the DPIA planned for %1 is overdue: check that the processing still matches it (Art. 35(11)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record where the data comes from: when it is not collected from the data subjects themselves, they must be told the source (Art. 14(2)(f)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who approved the record and when, so a report can show it (accountability, Art. 5(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement does not record %1: Art. 28(3), first sentence, requires the contract to set out the subject matter and duration, the nature and purpose, the type of personal data and categories of data subjects, and the obligations and rights of the controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement above it, %1, records no authorisation of sub-processors: engaging one needs the controller&apos;s prior written authorisation, specific or general (Art. 28(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement above it, %1, allows sub-processors only with specific authorisation: record the date and the document of the controller&apos;s prior written authorisation of this one (Art. 28(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the evidence that the processor gives sufficient guarantees, such as a certification or an audit report (Art. 28(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement counts the objection window from the day a notice is sent, but the notice received on %1 has no date of sending: record it. Until then the window is counted from receipt, which can end later than the agreement allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of the agreement as concluded is kept: add the document, signed or accepted electronically (Art. 28(9): in writing, including in electronic form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dutch catalogue corrected this entry after the register was made: it now reads &quot;%1&quot;. Check the rule and correct it, so data is not deleted before the law allows (Art. 5(1)(e)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal obligation or public task must be laid down in Union or Dutch law: name the law and article it rests on, such as &quot;AWR art. 52&quot; (Art. 6(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the legitimate interests pursued: data subjects must be told them (Arts. 13(1)(d) and 14(2)(b)), and the balancing test weighs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record where the consents are kept: the controller must be able to demonstrate consent (Art. 7(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how consent is withdrawn: withdrawing must be as easy as giving it (Art. 7(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing rests on several lawful bases: say which basis covers which data subjects or data, as an auditor will ask (Art. 5(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 goes to %2, in the EEA: sending data there is not a transfer to a third country (Art. 44). Remove the row, or correct the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 relies on an adequacy decision, but the Commission has adopted none for %2 (Art. 45): record the safeguards or derogation it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 relies on the adequacy decision for %2, which covers only organisations certified under the EU-US Data Privacy Framework: record the Data Privacy Framework, or other safeguards (Art. 45).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on a derogation without saying which: choose one of Art. 49(1)(a) to (g), or the compelling legitimate interests of its second subparagraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on compelling legitimate interests: document the assessment and the suitable safeguards, and inform the supervisory authority and the data subject (Art. 49(1), second subparagraph; %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on safeguards of Art. 46 without a transfer impact assessment: record where it is kept (EDPB Recommendations 01/2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient %1 is in %2, outside the EEA, but no transfer to it is recorded: record the transfer and what it rests on (Art. 30(1)(e), Art. 44).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is processed without an exception: choose the exception of Art. 9(2) that allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(b) applies only as far as Union or Dutch law, or a collective agreement, allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(%1) applies only on the basis of Union or Dutch law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3. Name it (in the Netherlands: UAVG arts. 22 to 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3. Name it, for example %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing is controlled jointly with %1 without an arrangement: record where the arrangement that divides your responsibilities is kept (Art. 26(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the essence of the arrangement with %1: it must be made available to the data subjects (Art. 26(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the contact point for data subjects in the arrangement with %1, or note that they may contact either controller (Art. 26(1) and (3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories are processed, but the categories of personal data are not described: the controllers need them to assess a breach (Art. 33(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the country of the processor %1: it shows whether the data leaves the EEA (Art. 30(1)(e), Art. 44).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives the data as a processor, but the party does not have the processor role: give it the role, so that lists and reports show it as one (Art. 4(8)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module 1 (controller to controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module 2 (controller to processor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module 4 (processor to controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module 3 (processor to processor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 uses %2 of the standard contractual clauses, but the roles call for %3 (Decision (EU) 2021/914).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-processor %1 in %2, engaged under %3, is outside the EEA, but no transfer to it is recorded: record the transfer and what it rests on (Art. 30(1)(e), Art. 44, Art. 28(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was returned, but the processor&apos;s existing copies are not recorded as deleted: Art. 28(3)(g) asks for both, unless a law requires storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor keeps the data after the contract because a law requires it: name that Union or Dutch law (Art. 28(3)(g)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold does not say which data subjects or records it covers, so it stops deletion of everything under its rule or activity. Describe the people or records involved; everything else must still be deleted on time (Art. 5(1)(e) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why deletion is suspended: the dispute, claim, inquiry or audit the data is kept for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold was last reviewed on %1, more than a year ago. Check whether it is still needed and release it when the case is closed (Art. 5(1)(e) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold started on %1 and has not been reviewed since, more than a year ago. Check whether it is still needed and release it when the case is closed (Art. 5(1)(e) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on safeguards of Art. 46 without saying which: choose the instrument, such as standard contractual clauses, binding corporate rules, a code of conduct or a certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on %2, which needs the authorisation of the competent supervisory authority: record its reference and date (Art. 46(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-processor change notified to the controller has no day it was sent: record it, so the controller&apos;s window to object can be counted (Art. 28(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller&apos;s window to object to the sub-processor change notified on %1 ended on %2: record its answer (accepted when it did not object) before the new sub-processor starts (Art. 28(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the confidentiality, integrity or availability of the data was affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which personal data were involved (Art. 33(3)(a) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate how many people are affected, at least roughly (Art. 33(3)(a) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the likely consequences for the people affected (Art. 33(3)(c) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the measures taken or proposed to address the breach and limit its effects (Art. 33(3)(d) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation became aware later than the breach was discovered: explain what was investigated in between. The 72 hours start once it is reasonably certain that personal data were compromised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the risk to the people affected: it decides whether the AP and the people themselves must be told (Arts. 33 and 34 GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasoning of the risk assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach that is likely to result in a risk must be notified to the Autoriteit Persoonsgegevens (Art. 33(1) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why the breach is not notified: the AP can ask for the reasoning of every breach (Art. 33(5) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether the breach is notified to the Autoriteit Persoonsgegevens, within 72 hours of becoming aware (by %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the breach was notified to the Autoriteit Persoonsgegevens, and why (Art. 33(5) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 72 hours ended at %1: notify the Autoriteit Persoonsgegevens now, with the reasons for the delay (Art. 33(1) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification came after the 72 hours: give the reasons for the delay (Art. 33(1) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reference number the AP gave the notification: it is needed to supplement or withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach with a high risk must be communicated to the people affected, unless an exception of Art. 34(3) GDPR applies: choose it and explain why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why the exception of Art. 34(3) GDPR applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where informing everyone takes disproportionate effort, a public communication is needed instead (Art. 34(3)(c) GDPR): record how it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the people affected were informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller &quot;%1&quot; had to be told of the breach by %2 (Art. 33(2) GDPR and the agreement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the controller &quot;%1&quot; was told of the breach (Art. 33(2) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; was due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach is closed while the follow-up action &quot;%1&quot; is not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is overdue: it had to be sent by %1 (Art. 12(3) GDPR). Answer now, or tell the requester why it takes longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who made the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who represents the data subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the representative&apos;s mandate: a power of attorney, parental authority (a child under 16) or guardianship. Without one, the data subject&apos;s data must not be given to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the reasonable doubt about the requester&apos;s identity (Art. 12(6) GDPR): without such doubt, no further proof may be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the copy of the identity document received on %1 was destroyed once the identity was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the copy of the identity document was destroyed once the identity was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the extension: the complexity or the number of requests (Art. 12(3) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester must be told of the extension, with its reasons, by %1, within the first month (Art. 12(3) GDPR). Without that notice the first deadline applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester was told of the extension on %1, after the first month ended on %2: the extension does not count, and the answer was due by then (Art. 12(3) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation must show that the request is manifestly unfounded or excessive: give the reasoning (Art. 12(5) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the fee charged: a reasonable fee that covers the administrative costs only (Art. 12(5)(a) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection to direct marketing cannot be refused: the data must no longer be processed for it (Art. 21(3) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the legal ground for not granting &quot;%1&quot; in full (Art. 12(4) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why &quot;%1&quot; applies to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what became of &quot;%1&quot;: the case is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the answer was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was sent on %1, after the deadline of %2 (Art. 12(3) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer that does not grant the request in full must tell the requester that they can complain to the Autoriteit Persoonsgegevens and go to court (Art. 12(4) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the processing activities searched for the requester&apos;s data: the register lists where it may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access answer does not give everything Art. 15 GDPR asks for. Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell each recipient of the data of the rectification, erasure or restriction, or record why that is impossible or takes disproportionate effort (Art. 19 GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why the recipients cannot be told (Art. 19 GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activity &quot;%1&quot; uses a processor: record that it was instructed to carry out the rectification, erasure or restriction (Art. 28(3)(e) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is refused: record which right was refused and on which legal ground (Art. 12(4) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the logic involved in the automated decisions: data subjects must be told (Arts. 13(2)(f), 14(2)(g) and 15(1)(h)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what the automated decisions mean for the people concerned: their significance and the envisaged consequences (Arts. 13(2)(f), 14(2)(g) and 15(1)(h)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 72 hours end today, at %1: notify the Autoriteit Persoonsgegevens before then (Art. 33(1) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how long the cookie stays on the visitor&apos;s device: the privacy statement gives its lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cookie of this category may be placed only with the visitor&apos;s consent (Tw art. 11.7a), but its processing activity &quot;%1&quot; does not rest on consent (Art. 6(1)(a)). Add consent to the activity&apos;s bases, or choose the category the cookie really has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie needs consent: its processing activity &quot;%1&quot; must record where consent is kept and how a visitor withdraws it (Art. 7(1), (3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie&apos;s data goes to %1, outside the EEA, but its processing activity &quot;%2&quot; records no transfer there: add the transfer with its safeguard (Chapter V GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a processing activity deleted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in which language the register&apos;s texts are written (Organisation, privacy statement): until then the statement quotes them as written in every language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the register&apos;s texts have no translation into %1 yet, such as %2.</source>
        <translation>
            <numerusform>%n of the register&apos;s texts has no translation into %1 yet: %2.</numerusform>
            <numerusform>%n of the register&apos;s texts have no translation into %1 yet, such as %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement names %1 as a processor, but no agreement in force governs its processing: a processor processes only under a binding agreement (Art. 28(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has not been published yet: publish its first version when the register says everything it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 took effect on %2, more than a year ago: review the statement and publish a new version, even if little has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What version %1 says of the register cannot be read: publish a new version to compare the statement with the register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 describes %2, which is no longer published for the statement&apos;s audiences: publish a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is published for an audience of the statement, but version %2 leaves it out: publish a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period of %1 has changed since version %2 (it said: %3): publish a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has changed since version %1 in: %2. Publish a new version, so that the statement says what the register says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the processing is confidential: the log lines of an established activity record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity no longer says what its established version %1 says, which log lines point to: establish it again once the change is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AP&apos;s notification form asks who reports the breach: enter the reporter&apos;s name, function and telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named as the controller, but it is not marked as an administrative body of this organisation: mark it so on the Parties page, or name the body that is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the administrative body that is the controller of this processing, such as the college of mayor and aldermen: in a public body each body is the controller of its own processing (Art. 4(7), Art. 30(1)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was last tested on %1, which has not come yet: enter the day it was tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the selection list and its category this period comes from: a public body keeps and destroys its records by one (Archiefwet 1995, art. 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has never been tested: check once a year that the data is really destroyed when the period ends, and record the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was last tested on %1, more than a year ago: check again that the data is destroyed when the period ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public body refuses a request by a decision under the Awb, open to objection (UAVG art. 34): tick &quot;Decision under the Awb&quot;, so the letter names the objection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decided the request, but it is not marked as an administrative body of this organisation: mark it so on the Parties page, or name the body that decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection was received on %1 and is not decided yet: record the decision on it and its outcome when it is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection was decided on %1: record its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the processor&apos;s reports and certificates with the dates they are valid, so that the register tells you when they expire (Art. 28(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report or certificate of the processor is valid today: the latest, %1, expired on %2. Ask for the current one (Art. 28(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report or certificate of the processor is valid today: check their dates (Art. 28(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier review of %1 has not come yet: enter the day the supplier was reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier was last reviewed on %1: review it every year, whether its guarantees still hold and what risks remain (Art. 28(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review of the supplier is recorded: review it every year, whether its guarantees still hold and what risks remain (Art. 28(1)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::ControlReferenceService</name>
    <message>
        <source>The control could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control could not be retired. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::CookieService</name>
    <message>
        <source>The cookie could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie could not be retired. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::DemoRegister</name>
    <message>
        <source>Signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a register before writing the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is only written into an empty register: create a new one for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeldsoft information security policy, section 4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application and server logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the entry is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the backup is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website visitor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the end of the customer relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption at rest of the application database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application database and its backups are encrypted with AES-256; keys are kept apart from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS for all connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web, API and e-mail traffic uses TLS 1.2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access control with two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff get access on a need-to-know basis; every account uses two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily encrypted backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups in a second Dutch data centre, kept for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging of access and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality clause in employment contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every employee and contractor signs a confidentiality clause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts the application and our own systems in two data centres in the Netherlands. Has no active access to personal data, but has the means to obtain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM and ticketing service (SaaS), EU region in Dublin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor of Klantwolk for support tooling; certified under the EU-US Data Privacy Framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online invoicing application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor-identification service, Rotterdam: shows company names and addresses based on visitors&apos; IP addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer using the hosted application; controller of the data in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As long as the main contract runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO/IEC 27001 certificate and annual ISAE 3402 type II report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing agreement hosting (own systems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting of our own systems: website, e-mail and the contract archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage and availability of our systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details, correspondence, contracts, web server logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; contact persons, website visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing agreement Gemeente Voorbeeldstad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting, maintenance and support of the application for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing and processing the data the customer&apos;s users enter and that calling systems transfer, to provide the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As supplied by the customer: names, contact details, case documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents and employees of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processing agreement hosting (application data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting of the application and its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure for the application: servers, storage, backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing agreement Klantwolk CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM, ticketing and incident registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping contact details, invoicing details and support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, business contact details, correspondence, tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons of customers and prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudstack Inc. (United States) added as sub-processor for support tooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: Cloudstack is certified under the EU-US Data Privacy Framework; transfer impact assessment TIA-2025-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing agreement Factuurgemak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending invoices and keeping the invoice records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, invoicing addresses, invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing agreement Bezoekerslens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying the companies that visit our website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses (not stored by the service), visited pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performing contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluding and performing licence and service contracts for the application, including invoicing and keeping the fiscal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without these personal data we cannot deliver the application or meet the other obligations of the contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories of contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and business contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract and order data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and payment data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales and finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factuurgemak, contract archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factuurgemak (Netherlands); contract archive at Hostingpartner Noord (Netherlands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary business contact data; no criterion of the AP list applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer relationship in third-party applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintaining the customer relationship from the first contact: contact details, invoicing details and incident registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons of prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reports and correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM and ticketing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and account management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klantwolk and Cloudstack also signed the standard contractual clauses (module 3, processor to processor) as a fallback should the Data Privacy Framework fall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data subjects themselves and their employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klantwolk CRM and ticketing, Factuurgemak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klantwolk EU region (Dublin, Ireland); Factuurgemak (Netherlands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business contact data; no criterion of the AP list applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the website, answering questions sent through contact forms and e-mail, and measuring business use of the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who contact us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address and visited pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of contact forms and e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name and address derived from the IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor-identification service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing and sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website visitors and the people who write to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website, e-mail, Bezoekerslens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company-level statistics only; the IP address is not stored by the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of the application for Gemeente Voorbeeldstad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is stored in an encrypted database and can briefly be found in log files and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted application database at Hostingpartner Noord (Netherlands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbridge Ltd (Ireland) to replace the current e-mail delivery sub-processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required by Art. 37(1): no public authority, and no large-scale monitoring or special categories as a core activity. Appointed voluntarily because customers in the public sector ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions through the contact form and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the question is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to personal data and changes to it are logged and the logs are reviewed monthly; logs are kept for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller gives documented instructions, may audit the processor, decides on sub-processors and on deletion or return at the end (articles 3, 7, 9 and 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing up and sending invoices, keeping the invoice records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the company behind a visitor&apos;s IP address, for business statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processing agreement Klantwolk - Cloudstack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tooling for the CRM and ticketing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting the support tooling in which tickets are handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, business contact details, tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting of the contract archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax authority (Belastingdienst), in a tax audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor of Klantwolk, United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website processes visitors&apos; IP addresses and the pages visited from them; some data is kept in cookies. The visitor-identification service Bezoekerslens shows company names and addresses based on IP addresses; the service does not store the IP address. Analytics cookies are placed only after consent in the cookie banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics cookie identifiers, with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing and processing the personal data the customer&apos;s users enter in the application and that calling systems transfer to it; keeping them briefly in logs and backups (90 days each); support at the customer&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) the contract, order and invoice data kept as fiscal records; (f) the business contact details of the customer&apos;s contact persons and signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWR art. 52(4) and BW 2:10(3): keeping the fiscal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluding and performing contracts with our business customers through their staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintaining the relationship with our business customers and prospects, and supporting their users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent log of the cookie banner, kept for 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Cookie settings&quot; link at the foot of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents who contact the municipality; the municipality&apos;s employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, addresses and contact details; citizen service numbers; case notes, which can mention health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s staff and the municipality&apos;s own systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice dispute with a former customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case 2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact details, tickets and correspondence of the former customer in the dispute and of its two contact persons; nothing of other customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The former customer disputes its last two invoices; our lawyer asked us to keep the correspondence until the claim is settled or time-barred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backupkluis B.V. (Netherlands) to take over the off-site backups from the hosting partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M. de Wit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m.dewit@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything kept about her as a contact person of a customer, including support tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to confirm the request from the e-mail address known in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P. Jansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p.jansen@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove him from the newsletter and delete the contact form messages he sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion from the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice reminder with one customer contact&apos;s name and e-mail address was sent to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another business learns a contact person&apos;s business e-mail address; no further harm is likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business contact details only, sent to a known customer who confirmed deleting the e-mail the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely to result in a risk to the contact person (Art. 33(1)): see the risk assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient deleted the e-mail; reminders now go from the invoicing application only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the code of the language this translation is in: en or nl</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is stored encrypted, and so are the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to our website, our application and our mail servers are encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff who need your data for their work can reach it, and they sign in with two factors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We make a backup every day, in a second data centre in the Netherlands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to personal data is logged and the logs are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who works for us is bound to confidentiality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts our servers in two data centres in the Netherlands. It has no active access to your data, but has the means to obtain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our customer relationship and ticketing service, in its EU region (Ireland).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts the support tooling of Klantwolk, in the United States.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our online invoicing application (the Netherlands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows us the name and address of the company a visit to our website comes from, based on the IP address; it does not store the IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To conclude and perform our contracts with you, to invoice and to keep the fiscal records the law requires of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stay in touch with you as a customer or prospect, to send invoices and to help you when you report an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without your contact details we cannot answer your questions or help you with an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy of the clauses on request from privacy@voorbeeldsoft.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To run our website, to answer the questions you send us, and to know which companies visit our website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing analytics cookies has no consequences: the website works the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations use our application to process the data of their residents, clients or staff. For that data the organisation is the controller, and we process it on its behalf: ask it about your data and your rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) analytics cookies and the visitor-identification script; (f) running the website and answering questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a secure website and answering the questions people send us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your session while you use the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembers your choices in the cookie banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts visits to our pages, to improve the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows us which company a visit comes from, based on the IP address; the IP address is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statement of Voorbeeldsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeldsoft makes software for municipalities and businesses. This statement explains which personal data we process about the contact persons of our customers, about prospects and about visitors of our website, why we do so, and what your rights are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We publish a new version on our website a month before it takes effect, and tell our customers by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On request we send you a sample letter for each right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first version written from our register of processing activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established after the yearly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the old spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice reminder to the wrong customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders were sent by hand from a shared mailbox, with the address typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask sales whether prospects who never became customers can be deleted after two years instead of five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract management, folder Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accredited certification body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services under this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officer and IT manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription Klantwolk CRM, contract KW-2024-118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland (EU region); support tooling in the United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-US Data Privacy Framework (Cloudstack Inc.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export of all contacts and tickets as CSV within 30 days of notice; Klantwolk deletes the data within 60 days after the end and confirms it in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klantwolk CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex 2 to the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s external auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type II, hosting and support of Klantwolk CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support staff in the United States can see tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Klantwolk to mask customer data in support tickets; add the audit clause at the renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeldsoft privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every supplier that processes personal data for us has signed an agreement before use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested every year by the external auditor, on a sample of five suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::DueList</name>
    <message>
        <source>Request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the requester of %1 about the extension, with its reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell %1 of breach %2 (Art. 33(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection window of &quot;%1&quot; closes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller&apos;s objection window under &quot;%1&quot; closes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act by %1. Statutory deadline %2. Internal target %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify breach %1 to the supervisory authority, unless it is unlikely to result in a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the supplier under &quot;%2&quot; ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the supplier under &quot;%1&quot; (yearly)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::EntityService</name>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it. Your changes were not saved: reload it to see the other changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Your changes were not saved: reload it to see the other changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party named here is not in the register (it may have been deleted): choose another party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked security measure is not in the register (it may have been deleted): remove the link or choose another measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked retention rule is not in the register (it may have been deleted): choose another rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked agreement is not in the register (it may have been deleted): remove the link or choose another agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked item is not in the register (it may have been deleted): remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted because %2 still refers to it. Retire it instead, or remove those references first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked processing activity is not in the register (it may have been deleted): choose another activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::HistoryText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal margin (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: erased (personal data of a data subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (changed outside Custodian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed (personal data of a data subject, not shown here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::LegalHoldService</name>
    <message>
        <source>The legal hold could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::LetterService</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not saved: there is no letter of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not saved: it needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not saved: it is written in Dutch or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter template of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The template was not saved: it has %n mistake(s).</source>
        <translation>
            <numerusform>The template was not saved: it has %n mistake.</numerusform>
            <numerusform>The template was not saved: it has %n mistakes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in template could not be restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be made: its template has a mistake (%1). Correct it under Register settings › Letter templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not saved: the requester&apos;s details of this case have been erased, and its letters with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not saved: it was changed elsewhere after you opened it. Close it and open it again to see that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not saved: the register holds a letter with the same uuid for another case.</source>
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
    <message>
        <source>The organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::PartyService</name>
    <message>
        <source>The party could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrative bodies could not be added. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::PrivacyStatementService</name>
    <message>
        <source>The privacy statement could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy statement was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy statement could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy statement could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy statement could not be retired. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No privacy statement in use covers the audience &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement &quot;%1&quot; already covers %2: an audience reads one statement. Take the audience out of that statement, or retire it, first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::ProcessorActivityService</name>
    <message>
        <source>The processor activity could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor activity was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor activity could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor activity could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor activity could not be retired. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor activity %1</source>
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
    <message>
        <source>Keep a closed request&apos;s personal details between 1 and %1 months.</source>
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
    <message>
        <source>There is no holiday calendar &quot;%1&quot; in this version of Custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra holiday needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RegisterUpkeep</name>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangement (Art. 26): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s %n joint controller(s) are now parties with the joint-controller role. Link each to the processing activities it shares, on the activity&apos;s Recipients page (Art. 26).</source>
        <translation>
            <numerusform>The organisation&apos;s joint controller is now a party with the joint-controller role. Link it to the processing activities it shares, on the activity&apos;s Recipients page (Art. 26).</numerusform>
            <numerusform>The organisation&apos;s %n joint controllers are now parties with the joint-controller role. Link each to the processing activities it shares, on the activity&apos;s Recipients page (Art. 26).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The objection deadlines of %n agreement(s) were counted again, as each agreement counts its window (calendar days unless it says otherwise). The history shows the old and new dates.</source>
        <translation>
            <numerusform>The objection deadlines of %n agreement were counted again, as the agreement counts its window (calendar days unless it says otherwise). The history shows the old and new dates.</numerusform>
            <numerusform>The objection deadlines of %n agreements were counted again, as each agreement counts its window (calendar days unless it says otherwise). The history shows the old and new dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold on &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the hold that was set on the whole retention rule. Describe whom and what it covers, and the day it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of an earlier legal hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n legal hold(s) that stopped deletion under a whole retention rule are now holds of their own, under Legal holds. Describe whom and what each covers, or release it: everything else must be deleted on time (Art. 5(1)(e) GDPR).</source>
        <translation>
            <numerusform>%n legal hold that stopped deletion under a whole retention rule is now a hold of its own, under Legal holds. Describe whom and what it covers, or release it: everything else must be deleted on time (Art. 5(1)(e) GDPR).</numerusform>
            <numerusform>%n legal holds that stopped deletion under a whole retention rule are now holds of their own, under Legal holds. Describe whom and what each covers, or release it: everything else must be deleted on time (Art. 5(1)(e) GDPR).</numerusform>
        </translation>
    </message>
    <message>
        <source>The register could not be brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The requester&apos;s details of %n closed request(s) were erased: the register settings keep them for %1 months after a case closes. Their dates, rights and outcomes stay.</source>
        <translation>
            <numerusform>The requester&apos;s details of %n closed request were erased: the register settings keep them for %1 months after a case closes. Its dates, rights and outcomes stay.</numerusform>
            <numerusform>The requester&apos;s details of %n closed requests were erased: the register settings keep them for %1 months after a case closes. Their dates, rights and outcomes stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every closed request could be purged of the requester&apos;s details (%1). Custodian tries again the next time the register is opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RequestService</name>
    <message>
        <source>The request could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s details could not be erased. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed case can be purged: answer, refuse or withdraw it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines of the requests could not be counted again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RetentionRuleService</name>
    <message>
        <source>The retention rule could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another retention rule already comes from this catalogue entry: edit that rule instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention catalogue could not be added. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::SecurityMeasureService</name>
    <message>
        <source>The security measure could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security measure was not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security measure could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security measure could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Register::StatementVersionService</name>
    <message>
        <source>The statement version could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement version was not published: it is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement version could not be published. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published statement version is kept as it was: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published statement version is kept as it was: it cannot be retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published statement version is kept as it was: it cannot be changed. Publish a new version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this statement has been published already, in the meantime: publish again to make the next version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Reports::Controls</name>
    <message>
        <source>Personal data kept no longer than necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller can demonstrate compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent information to data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rights of data subjects, answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors engaged under a contract with the required terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of processing as controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits for erasure in the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of processing as processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches notified to the supervisory authority and documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches communicated to the data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal supervision of the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects informed in time, so that they can exercise their rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informing in an appropriate, understandable and accessible way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty to notify breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inventory of assets, checked for completeness and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information classified after a risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security requirements part of procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security requirements set out in supplier contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier terms excluded where possible, accepted risks explicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier shows compliance by an independent audit every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right to audit the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier reports vulnerabilities, incidents and breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency on the supplier assessed, exit strategy worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight into the supply chain, requirements passed down, changes reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each supplier assessed every year, residual risks included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A current record of suppliers and the contracts made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud services: policy, and grounds for ending the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk where incidents are reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure for reporting incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up of incidents reported to management every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents reported, and data subjects informed, within the legal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents reported to the supervisory authorities the law names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root cause of incidents analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons from incidents shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information on incidents kept for at least three years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention periods set out in selection lists and tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (entered by the organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as numbered in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 5(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 5(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 12–14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 12–22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 33</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 44–49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No government measure: ISO 27002 5.34 (privacy and protection of personal data) applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MinBZK GitHub text of 23 March 2026, without formal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks, responsibilities and reporting lines for privacy laid down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy risks assessed and managed: privacy by design and the DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risks and measures, the DPIAs carried out and followed up, demonstrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility for privacy protection assigned to line management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and responsibilities for information security and privacy laid down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log line names the action, object, result, origin and actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files known, kept as long as their risk asks, protected against tampering and checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Reports::Report</name>
    <message>
        <source>Purpose and lawful basis (Art. 30(1)(b), Art. 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects and personal data (Art. 30(1)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients and joint controllers (Art. 30(1)(a), (d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries (Art. 30(1)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures (Art. 30(1)(g))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems, storage and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions and profiling (Art. 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection impact assessment (Art. 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no processing activity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller (Art. 30(1)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of processing activities under Article 30 of the General Data Protection Regulation, as controller and as processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities (Art. 30(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activities of the organisation as controller, each on its own page with every detail the register holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no processing activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation carries out no processing as a processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing as a processor (Art. 30(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories of processing carried out on behalf of each controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing agreements (Art. 28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each agreement with its terms, the checklist of Art. 28(3) with the clauses that meet it, and the notices of new sub-processors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processors, recipients and other parties the register names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register names no parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register records no transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries (Art. 30(1)(e), Art. 30(2)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule (Art. 30(1)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each category of personal data is kept, and on what ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no retention rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures (Art. 30(1)(g), Art. 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register records no security measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n history entries; last entry %1</source>
        <translation>
            <numerusform>%n history entry; last entry %1</numerusform>
            <numerusform>%n history entries; last entry %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the report was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper is too small for the report: it needs room for a header, a footer and text between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the completeness check found on the day of this report: the details the register lacks or that contradict each other, each with the article it rests on. Errors first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completeness check finds nothing to mend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the register in the period, oldest first, as its tamper-evident history records it: when, by whom, to which item, and what changed. A data subject&apos;s personal data is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests received in the period under Articles 15 to 22, with their deadlines and how they were answered. On time means answered by the act-by date (Art. 12(3)). Requesters are not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation>
            <numerusform>%1 day</numerusform>
            <numerusform>%1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended (Art. 12(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and past the act-by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests were received in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach register (Art. 33(5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every personal data breach the organisation became aware of in the period, notified or not: the facts, the effects and the remedial action, so that the supervisory authority can verify compliance with Article 33. Each breach follows on a page of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified to the supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those, within 72 hours of awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified (no risk, Art. 33(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects informed (Art. 34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register records no breaches in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches not notified, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every breach decided on was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each transfer of personal data to a country outside the European Economic Area, with the safeguard it rests on (Chapter V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical and organisational measures the processing activities rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processors (Art. 28(2) and (4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no sub-processing agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be notified: overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those, past the 72 hours (reasons for the delay, Art. 33(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statement (Arts. 13, 14, 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience of a privacy statement: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 · register state %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy statement has no version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No privacy statement in use covers these audiences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was not published in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is not published in this language: this is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has not been published yet: this is a draft of its first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register or the statement has changed since version %1 was published: this is a draft of the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity version established yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established activity version %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing as a processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing activities for the Autoriteit Persoonsgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activities in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activities in use, each on its own page with what Article 30(1) asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no processing activities in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controls this register is evidence for. The register state and the moment on every page name the state of the register it was made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no breach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the breach the answers are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register kept changing while the answers were made. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach notification to the AP: the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers for the notification form of the Autoriteit Persoonsgegevens (Meldformulier datalekken), section by section in the form&apos;s order, to copy into the form, which takes no upload. A question the register holds no answer to says that it is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is not made as a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of (Art. 30(2)(a), (b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries (Art. 30(2)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures (Art. 30(2)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record above has changed since; the changes are not established yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of processing activities made available to the supervisory authority on request (Art. 30(4) GDPR): for each processing activity in use what Article 30(1) asks, with its lawful basis, the retention schedule, and the processing done as a processor (Art. 30(2)). Retired activities, the DPO&apos;s notes and internal details are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (past)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With every detail Art. 30 asks (no error found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past their review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an established activity version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since their latest activity version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA required and not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How complete and current the register is today: for each processing activity in use its owner, when it last changed and is next reviewed, its latest established version and the URI its log lines name, whether a DPIA is required and done, how long its logs are kept, and the errors the completeness check finds in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidenced in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each control this dossier is evidence for, with the parts that evidence it. The organisation&apos;s own controls are those it entered; the BIO2 numbers are those of the MinBZK GitHub text of 23 March 2026, without formal status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register; logs and changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an auditor asks of the register of processing activities, in one document: the controls it is evidence for and where, how complete and current the register is, the register itself, the request and breach logs and the changes of the period, and what the completeness check finds today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register changed while the dossier was made. Make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register changed while the report was made. Make it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Security::PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a common word or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains the organisation&apos;s name or the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-alike swaps such as 0 for o are well known to guessers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated characters or parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence such as abc or 123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyboard pattern such as qwerty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a year or a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Statement</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the controller of the processing described in this statement: we decide why and how your personal data is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chamber of Commerce (KvK) number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our representative in the European Union is %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have appointed a data protection officer, who supervises how we apply the GDPR. You can contact the data protection officer about anything that concerns your personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our data protection officer is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent (Art. 6(1)(a) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can withdraw your consent at any time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The performance of a contract with you, or steps you asked for before entering into one (Art. 6(1)(b) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal obligation that rests on us (Art. 6(1)(c) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal obligation that rests on us (Art. 6(1)(c) GDPR): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection of your vital interests or those of another person (Art. 6(1)(d) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task carried out in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task carried out in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our legitimate interests (Art. 6(1)(f) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our legitimate interests (Art. 6(1)(f) GDPR): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law requires you to provide this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our contract with you requires you to provide this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We need this data to enter into a contract with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providing this data is up to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a special category of personal data: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data about criminal convictions and offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your citizen service number (BSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your citizen service number (BSN), which the law allows us to use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which basis covers what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly from publicly accessible sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must you provide it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We take decisions about you based solely on automated processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We use profiling, but take no decisions about you based solely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact point: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long we keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we use your data for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each purpose: whose data we use, which data, on what lawful basis, where it comes from and how long we keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing on behalf of our customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(processor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(where the law obliges us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not share your personal data with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We share your personal data with these recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We share your personal data with these categories of recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A processor processes your data only on our behalf and on our instructions, under a processing agreement with us (Art. 28 GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The European Commission has decided that this country protects personal data adequately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is certified under the EU-U.S. Data Privacy Framework, which the European Commission has found adequate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We agreed the European Commission&apos;s standard contractual clauses with the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s binding corporate rules, approved by a supervisory authority, apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exception of Art. 49 GDPR applies: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appropriate safeguards apply: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the European Economic Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the safeguards: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not transfer your personal data to countries outside the European Economic Area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we protect your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We take appropriate technical and organisational measures to protect your personal data against loss and unlawful use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access (Art. 15 GDPR): you may ask whether we process your personal data, and receive a copy of it with an explanation of how we use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification (Art. 16 GDPR): you may have incorrect data corrected and incomplete data completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure (Art. 17 GDPR): you may have your data erased, for example when we no longer need it, unless the law requires us to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction (Art. 18 GDPR): you may have the use of your data restricted, for example while we check whether it is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data portability (Art. 20 GDPR): you may receive the data you provided to us in a structured, commonly used and machine-readable format, or have it sent to another organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection to direct marketing (Art. 21(2) GDPR): you may object at any time, and we then stop using your data for direct marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent (Art. 7(3) GDPR): you may withdraw your consent at any time; this does not affect what we did with your consent before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions (Art. 22 GDPR): you may ask for a person to review a decision, express your point of view and contest the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GDPR gives you these rights over your personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This right applies to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to exercise your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your request or question to us; saying which right you want to use helps us answer quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We answer within one month of receiving your request. When a request is complex, or we receive many, we may take two more months; we then tell you so within the first month, with the reasons (Art. 12(3) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercising your rights is free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We ask you to prove who you are only when we have reasonable doubts about it, and we never ask for a copy of your identity document by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our decision on your request is a decision under the General Administrative Law Act (Awb): you can lodge an objection against it with us within six weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We update this statement when our processing changes. This text was written from our register of processing activities on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no purpose in words for the public; the statement gives the purpose as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the legal provision of basis (c) or (e) is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the legitimate interests of basis (f) are not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how consent is withdrawn is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: whether people must provide the data is not recorded (Art. 13(2)(e)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the data &quot;%2&quot; has no retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the transfer to %2 does not say what it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the transfer to %2 does not say how to obtain a copy of the safeguards (Art. 13(1)(f)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How %1 handles your personal data, and what your rights are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement is for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also trades as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activity is published for these audiences: mark the activities for the statement on their Statement page, and approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: the register does not say this yet. Complete the register before you publish the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s texts are written in another language (%1): this statement quotes them untranslated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are not satisfied with how we handle your personal data, please tell us first. You also have the right to lodge a complaint with %1 (Art. 77 GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its website: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted when you close the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with your consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs no consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies and similar techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We place cookies and use similar techniques on your device. Those that are strictly necessary, and analytics with little impact on your privacy, need no consent; we place the others only after you consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie %1 needs consent, but its activity %2 does not rest on consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our representative in the European Union is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your personal data goes to countries outside the European Economic Area, whose laws may protect it less well. It is protected as follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a breach of security nevertheless affects your personal data, we notify %1 without undue delay and where feasible within 72 hours, unless it is unlikely to result in a risk to you; when the risk to you is high, we also inform you without undue delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection (Art. 21(1) GDPR): you may object to our use of your data on grounds relating to your particular situation; we then stop unless we have compelling legitimate grounds that override your interests, or need the data for legal claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a recipient has no description to name its category by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked for the privacy statement, but for no audience: it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie %1 serves no processing activity: it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We update this statement when our processing changes. This is version %1, effective from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You always find the current version at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, effective from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions, which we send you on request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, effective from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the register&apos;s texts, written in %1, have no translation in the statement yet, such as &quot;%2&quot;.</source>
        <translation>
            <numerusform>%n of the register&apos;s texts, written in %1, has no translation in the statement yet: &quot;%2&quot;.</numerusform>
            <numerusform>%n of the register&apos;s texts, written in %1, have no translation in the statement yet, such as &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 · effective from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Statement::Manifest</name>
    <message>
        <source>the title and introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement&apos;s own texts and translations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Statement::Publisher</name>
    <message>
        <source>The register could not be read for the privacy statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy statement could not be found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is retired: restore it before you publish a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the new version takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 takes effect on %2: the new version cannot take effect before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was not published: the register does not say everything it needs yet. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what changed in %1 too.</source>
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
        <source>The file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to, so the register can only be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 could not be locked for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a pipe): it is not a register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number of pages: it is a damaged register, or not a register at all (a compressed or foreign file). If it is your register, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is read-only, so the register can only be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 was interrupted during a save. Open it normally (for writing) to finish the recovery; do not move, copy or replace the file without its %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A save was interrupted when the register was last used (the program was stopped during it). It has been rolled back: the register is as it was after the last completed save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct for this register, or the start of the file is damaged. If you are sure of the passphrase, open a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading the register, Custodian could not save a copy as %1; the register has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was upgraded from schema %1 to schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was upgraded from schema %1; the previous version was kept as %2. That copy still opens with the passphrase it had: delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was never completely created (the program was stopped while creating it). It holds no register: delete it and create the register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is older than the one last opened on this computer: its history has %1 entries, but %2 were seen here. If you restored a backup on purpose, this is expected; otherwise the file was replaced by an older copy, and changes made since then are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of this register differs from the one last opened on this computer (from entry %1 on): the file was replaced by another copy, or its history was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is open read-only: its passphrase can only be changed where it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new file can be written in the register&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program saved the register meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 has been changed, but the register could not be opened again: open it with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history has no chain yet (schema %1): open the register for writing once to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not the one last seen on this computer (see the notice above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register %1 cannot be created: the folder %2 does not exist and could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 cannot be created: %2 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 cannot be created: you do not have permission to write in the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 cannot be created: the disk that holds %2 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot be saved over the register itself. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase of %1. No copy was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is saving the register; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::HistoryChain</name>
    <message>
        <source>The state of the history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of the history is missing from the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history holds entries without their place in the chain (from entry %1 on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the history is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the history appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the history (%2, %3) was changed after it was written, or an entry before it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history ends at entry %1, but the register recorded %2 entries: the last entries were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history does not match the state the register recorded (entry %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be compared with its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2) is older than its history: %3 saves are recorded, but it holds the state of save %4. Part of the file was replaced by an older copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2) was saved %4 times, but the history records %3 of them: entries were removed, or it was changed outside Custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::HistoryKeys</name>
    <message>
        <source>The key that protects personal data in the history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that protects personal data in the history is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key could be made to protect personal data in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that protects personal data in the history could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data in the history could not be erased.</source>
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
</context>
<context>
    <name>Custodian::Storage::PgLocation</name>
    <message>
        <source>%1 is not a PostgreSQL address: it must start with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the team register is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the team register contains a password. Remove it: Custodian takes the password from the keychain, PGPASSFILE, CUSTODIAN_PASSWORD or asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the team register must name its database, as in postgresql://server/privacy_register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::PgStore</name>
    <message>
        <source>Team registers need Qt&apos;s PostgreSQL driver (QPSQL), which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team register %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team register %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team register could not be created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not empty. Create the team register in a new, empty database; Custodian does not change other data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint not validated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not a Custodian register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Custodian (schema %2; this version reads up to %3). Install the newer version to open it; nothing has been changed.</source>
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
    <name>Custodian::Storage::WriterLock</name>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 is in use by %2 on %3 since %4. It can be opened read-only until they close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept on %2. File locks are not reliable there, so two people could overwrite each other&apos;s work or damage the register. Keep the register on this computer&apos;s own disk, or share it as a team register on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network share (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a synchronised folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ActivitiesPage</name>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activities yet. Add the first one with “New activity”: one purpose per activity, for example payroll, customer administration or the newsletter (Art. 30(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete processor activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the register for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is retired already. The audit trail keeps its history; a report of the register will no longer show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire processor activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in the register with its history, marked as retired, and is hidden from this list unless you filter for retired items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing as a processor yet. When your organisation processes personal data on behalf of a customer — hosting their data in your application, support, backups — add it here with “New processor activity”, one for each controller (Art. 30(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New processor activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown party</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>a processor activity&apos;s controllers in the list: &quot;Gemeente Noorddam and 3 more&quot;</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ActivityEditor</name>
    <message>
        <source>New retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests (f) need a balancing test: note where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with legitimate interests (f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a processing activity in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and lawful basis — Art. 30(1)(b), Art. 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects — Art. 30(1)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data and retention — Art. 30(1)(c), (f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients — Art. 30(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries — Art. 30(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical and organisational measures — Art. 30(1)(g), Art. 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions and profiling — Art. 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor agreements — Art. 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and lawful basis — Art. 30(1)(b), Art. 6, Art. 9, Art. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects, personal data and their retention — Art. 30(1)(c), (f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems, source of the data and storage location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA and automated decisions — Art. 35, Art. 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lawful basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One purpose, specific enough to check the data against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One purpose per activity, not a department&apos;s whole list (AP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several bases are allowed; each must fit the purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the legitimate-interest assessment is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law that prescribes using the BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups of people whose data this activity processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Employees, Customers, Website visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove category of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general description of the security measures (Art. 32(1)) that protect this processing. Measures are described once and linked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the DPIA is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA screening — Art. 35(1), (3) and (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any item on the AP&apos;s list, or a case of Art. 35(3), requires a DPIA; two or more WP248 criteria usually do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA outcome and prior consultation — Art. 35(7), (11), Art. 36</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP248 criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least human intervention, expressing one&apos;s view and contesting the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A high residual risk requires consulting the supervisory authority first (Art. 36(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required where high risk is likely: any item on the AP&apos;s list, a case of Art. 35(3), or usually two or more WP248 criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With (c) or (e), e.g. AWR art. 52</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With (f): the interest, as the privacy statement will name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several bases: which basis covers which data subjects or data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With (a): where the consents are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With (a): how a person withdraws consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal data and BSN — Art. 10, UAVG art. 46</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories of personal data, with the exception of Art. 9(2) for each, are on the Data and retention page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers — Art. 26, Art. 30(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other controllers that determine the purposes and means of this processing together with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients, joint controllers and transfers — Art. 30(1)(a), (d), (e), Art. 26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UAVG art. 31 (public bodies), 32 (general) or 33 (own staff, screening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaningful information about the logic involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the decisions mean for the people concerned, e.g. a loan refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statement — Arts. 13, 14, 21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the statement tells the people concerned about this activity; the rest it takes from the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the privacy statement says of this activity — Arts. 13, 14, 21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose privacy statement describes the activity: a statement covers one or more audiences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 13(2)(e): whether people must provide the data, and what follows if they do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose in plain words for the public; empty: the purpose as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Without an address we cannot deliver the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People may always object to direct marketing; the statement tells them so (Art. 21(2)-(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the log lines of this activity are confidential, as the government&apos;s logging standard records it per activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established activity versions, their URIs for logging, and what changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller in a public body — Art. 30(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each administrative body of a public body (the college, the council, the mayor) is the controller of its own processing. Mark the bodies on the Parties page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner, status, review dates, the controlling body and processor agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Civil affairs, Taxes, Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address of the model processing it follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s notes: never in the privacy statement, public exports or activity versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administrative bodies yet: mark them on the Parties page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ActivityEditorBase</name>
    <message>
        <source>Processor agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processor agreements in the register yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ActivityVersionsPanel</name>
    <message>
        <source>%1 · not established yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · changed since established version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · established version %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new activity is established once it is saved and approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not established yet. Once the activity is approved, establish it: log lines of the processing then point to that version, and later edits show here until the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the activity as it is now as its next version, with a URI for log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edits first: a version holds the activity as it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved activity is established: set its status to Approved on the Owner page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved activity is established as a version: kept as it is, with who established it and when, and a URI that the log lines of the processing point to. The latest version is established; an earlier one, or every one of a retired activity, has lapsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Establish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences with the working record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · activity version %2 lapsed: the activity is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI of activity version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the form, with its unsaved edits, and activity version %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the working record and activity version %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the working record says what activity version %1 says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::AgreementEditor</name>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below this agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement — Art. 28(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties and chain — Art. 28(1), 28(4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject-matter and details — Art. 28(3) first sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations of the processor — Art. 28(3)(a)–(h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processors — Art. 28(2), 28(4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures — Art. 28(3)(c), Art. 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits and end of contract — Art. 28(3)(g), (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Processing agreement hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the processor does for the controller, e.g. hosting the customer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. for as long as the main contract runs, plus the time needed to return the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations (storage, backup, support access) and what they serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name, e-mail address, IP address, account data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customers&apos; employees, website visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates, audit reports and their dates, e.g. ISO 27001 certificate valid to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. deletion statement of the processor, dated …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sub-processing agreement: the agreement above it in the chain (Art. 28(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each obligation the agreement contains and note the clause that covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the controller has to object to a new sub-processor; 5, 15 or 30 are common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the controller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the processor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice of infringing instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of Art. 28(3) not shown as covered: %1. Tick each with the clause that covers it, or amend the agreement.</source>
        <translation>
            <numerusform>%n item of Art. 28(3) not shown as covered: %1. Tick it with the clause that covers it, or amend the agreement.</numerusform>
            <numerusform>%n items of Art. 28(3) not shown as covered: %1. Tick each with the clause that covers it, or amend the agreement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement without a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agreement in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Our organisation” is the organisation this register belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change notices — Art. 28(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents — Art. 28(9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, kind, status, the parties and the chain of sub-processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject-matter, duration, nature and purpose, data and data subjects; dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Art. 28(3)(a)–(h) checklist, audits and the end of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation, objection window and change notices — Art. 28(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures, the signed documents and the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is set by the agreement, not by law: count it as the agreement words it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sixth element of Art. 28(3), first sentence: instructions, audits, approval of sub-processors, deletion or return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sub-processor under specific authorisation: the controller&apos;s prior written consent (Art. 28(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AWR art. 52</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where our organisation is the processor: the hours within which we must tell the controller of a breach (Art. 33(2)); 24 to 48 are common. The breach register counts it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2.42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. April 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version or date of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations, cloud and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance reports and certificates — Art. 28(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor&apos;s guarantees: each report or certificate with the day it is valid until. The dashboard tells you when one ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly supplier review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the guarantees still hold, what risks remain and what follows. A review is due a year after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model, annexes, locations and exit, assurance reports and the yearly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the annexes that belong to the agreement: a privacy insert per product, the security annex, the Data Pro Statement, the list of sub-processors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the processor&apos;s certificates and audit reports, such as ISO 27001 or ISAE 3402, with the day each is valid until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a review each year: the day, who reviewed, the outcome, residual risks and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor offers the service from its own cloud: the evidence of its guarantees weighs more (BIO 5.23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the organisation would leave this supplier: getting the data back, in which format, and moving to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For processing outside the EEA: the adequacy decision or standard contractual clauses (Art. 46).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Netherlands, Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. contract management, file 2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SaaS agreement 2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove assurance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::AgreementNoticeDelegate</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::AgreementsPage</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements yet. Add the agreement with your hosting provider, or the one your customers sign with you as their processor: choose “New agreement”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as terminated? It stays in the register with its documents and history, hidden unless you show terminated agreements. Record afterwards whether the data was deleted or returned, and the proof (Art. 28(3)(g)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and the documents kept with it from the register? This cannot be undone; the history keeps a record that it existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller → processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — expires within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::AttachmentPanel</name>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed agreement and its annexes, kept encrypted inside the register (up to %1 each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agreement first; then you can add the signed document here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agreement first; then you can add documents to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; documents up to %3 can be kept in the register. Save a smaller copy (for example a PDF without scanned images), or keep the file elsewhere and say where in the audit evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2: documents up to that size can be kept in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (for example &quot;signed agreement, version 2&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the register? The document itself is deleted from the register file; the history keeps a record that it was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::AutoLockMenu</name>
    <message>
        <source>Lock &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
    <message>
        <source>When the &amp;screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop does not tell programs when its screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::BackupMenu</name>
    <message>
        <source>Automatic &amp;backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a &amp;backup each time a changed register is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep the last %n backup(s)</source>
        <translation>
            <numerusform>Keep the last backup</numerusform>
            <numerusform>Keep the last %n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>In a &quot;Custodian backups&quot; folder &amp;beside the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a &amp;folder of my choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the &amp;folder %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::BreachEditor</name>
    <message>
        <source>New breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the organisation became aware of the breach: the 72 hours to notify the Autoriteit Persoonsgegevens run from that moment (Art. 33(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified to the Autoriteit Persoonsgegevens: the breach stays in this register with the reasoning (Art. 33(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notified on %1, %n hour(s) after becoming aware.</source>
        <translation>
            <numerusform>Notified on %1, %n hour after becoming aware.</numerusform>
            <numerusform>Notified on %1, %n hours after becoming aware.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notified on %1, %n hour(s) after becoming aware: record the reasons for the delay.</source>
        <translation>
            <numerusform>Notified on %1, %n hour after becoming aware: record the reasons for the delay.</numerusform>
            <numerusform>Notified on %1, %n hours after becoming aware: record the reasons for the delay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The 72 hours ended on %1, %n hour(s) ago: notify now, with the reasons for the delay, unless the breach is unlikely to result in a risk.</source>
        <translation>
            <numerusform>The 72 hours ended on %1, %n hour ago: notify now, with the reasons for the delay, unless the breach is unlikely to result in a risk.</numerusform>
            <numerusform>The 72 hours ended on %1, %n hours ago: notify now, with the reasons for the delay, unless the breach is unlikely to result in a risk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify the Autoriteit Persoonsgegevens by %1 (%2 left), unless the breach is unlikely to result in a risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a breach in the list, or log a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data breach — Arts. 33-34 GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every breach is recorded here, whether it is notified or not (Art. 33(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware: the moment the organisation was reasonably certain that personal data were compromised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the activities involved; “Fill in from the activities” adds the data they hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate numbers are fine; give a range when the exact number is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection before the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoriteit Persoonsgegevens — Art. 33</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people affected — Art. 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers to notify — Art. 33(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the breach happened in processing for a customer, tell that controller within the term of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activities in the register yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from the activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the special categories, citizen service numbers, criminal data and systems of the ticked activities; nothing is taken away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each follow-up action with its owner and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the breach happened in our own processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk to the people decides: a risk, notify the AP; a high risk, inform the people too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without a recorded decision on notifying the Autoriteit Persoonsgegevens: record it, with the reasoning (Art. 33(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers for the AP&apos;s notification form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Autoriteit Persoonsgegevens takes notifications through its form on autoriteitpersoonsgegevens.nl. Copy the answers section by section; fill in what says &quot;niet vastgelegd&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers for the AP&apos;s form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers of this breach for the Autoriteit Persoonsgegevens&apos; notification form, in Dutch, section by section, to copy into the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted when the breach is saved: the moment of awareness plus the term in hours of the chosen agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::BreachesPage</name>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified to the Autoriteit Persoonsgegevens within 72 hours of becoming aware, or why not (Art. 33)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 72 hours passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>by %1 — %n hour(s) left</source>
        <translation>
            <numerusform>by %1 — %n hour left</numerusform>
            <numerusform>by %1 — %n hours left</numerusform>
        </translation>
    </message>
    <message>
        <source>no decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete breach %1 from the register? Do this only for a breach logged by mistake: every breach belongs in the register, also those not notified (Art. 33(5)). Its number is not given again; the history keeps a record that it existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaches logged. When personal data is lost, sent to the wrong person or reached by someone who should not have it, log it here at once: choose “New breach”. The 72 hours to notify the Autoriteit Persoonsgegevens run from the moment you are aware of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or what happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CapsLockWarning</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CataloguePage</name>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
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
    <message>
        <source>Enter the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curren&amp;t passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ClauseChecklist</name>
    <message>
        <source>e.g. art. 4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause of the agreement for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::Confirm</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ControlEditor</name>
    <message>
        <source>Tick the reports that are evidence for the control: they will name it beside the controls they name already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These reports name already: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This control is retired: auditors no longer test it, and the reports no longer name it. It stays in the register&apos;s history. Use “Restore” if it is tested again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a control in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A control your auditors test that Custodian does not know: its text stays yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports that are evidence for it print it among their controls, marked as entered by the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NOREA PCF, ENSIA, our privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the framework numbers it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ControlsPage</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports that name the control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No controls of your own yet. Every report already names the GDPR articles, CIP Privacy Baseline norms and BIO2 measures it is evidence for (the Reports section shows them). Add the controls your auditors test that Custodian does not know, such as a NOREA PCF code or a rule of your own policy, with the reports that are evidence for them. Start with “New control”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors no longer test it. Retiring keeps it in the register&apos;s history and the reports stop naming it; you can restore it later. Deleting removes it for good (the audit trail keeps a record of it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CookieEditor</name>
    <message>
        <source>Placed only after the visitor consents (Tw art. 11.7a); the activity it serves must rest on consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs no consent: strictly necessary for the service asked for, or analytics with little impact on privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cookie is retired: the website no longer places it. It stays in the register&apos;s history and is left out of the privacy statement. Use “Restore” if it is placed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cookie in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie or similar technique — Tw art. 11.7a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the website or app places or reads on a visitor&apos;s device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider, lifetime and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lawful basis, consent and retention apply to what the cookie collects; the privacy statement lists the cookie with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y outside the EEA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the browser shows it, e.g. _ga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, in words for visitors: e.g. &quot;Counts visits to the pages, without knowing who you are&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. .example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own (first party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the data stays in the EEA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CookiesPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the cookie needs the visitor&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies and trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookies yet. List each cookie, local storage item, pixel or script your website or app places or reads, with its category: the privacy statement lists them, and the check sees whether those that need consent rest on it. Start with “New cookie”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website no longer places it. Retiring keeps it in the register&apos;s history and leaves it out of the privacy statement; you can restore it later. Deleting removes it for good (the audit trail keeps a record of it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CountryPicker</name>
    <message>
        <source>Type a country or its two-letter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country in the picker: %1 its name, %2 its two-letter ISO code</extracomment>
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
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 will be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo register of a fictional software company. Look around and change anything: it is a copy made for you, and nothing here is real. To start your own register, choose File › New register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the organisation&apos;s details: contact and data protection officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your first processing activity, one purpose at a time (for example: payroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the processing agreement with your hosting provider or another processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing urgent: the register is complete as far as the check can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved. Completeness check: %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n active activity(ies)</source>
        <translation>
            <numerusform>%1 of %n active activity</numerusform>
            <numerusform>%1 of %n active activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (relative to today)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line, or press Enter, to open its item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>Dashboard: organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n review overdue</numerusform>
            <numerusform>%n reviews overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n active approved</source>
        <translation>
            <numerusform>%1 of %n active approved</numerusform>
            <numerusform>%1 of %n active approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <comment>agreements</comment>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete as far as the check can tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>errors and warnings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue: show the processing activities that are due</source>
        <translation>
            <numerusform>%n more overdue: show the processing activities that are due</numerusform>
            <numerusform>%n more overdue: show the processing activities that are due</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors an auditor would raise (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the coming weeks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the coming weeks</source>
        <translation>
            <numerusform>and %n more in the coming weeks</numerusform>
            <numerusform>and %n more in the coming weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: renew or end the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends: renew or end it in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection deadline passed without a decision on a sub-processor change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object to or accept a sub-processor change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what: detail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) with errors: show the findings</source>
        <translation>
            <numerusform>%n more item with errors: show the findings</numerusform>
            <numerusform>%n more items with errors: show the findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller&apos;s objection window has ended: record its answer to the sub-processor change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller may object until then: do not engage the new sub-processor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>requests</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to notify or decide</source>
        <comment>breaches</comment>
        <translation>
            <numerusform>%n to notify or decide</numerusform>
            <numerusform>%n to notify or decide</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests and breaches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) of requests and breaches passed: see “Requests and breaches” below.</source>
        <translation>
            <numerusform>A deadline of a request or breach passed: see “Requests and breaches” below.</numerusform>
            <numerusform>%n deadlines of requests and breaches passed: see “Requests and breaches” below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (%n hour ago)</numerusform>
            <numerusform>%1 (%n hours ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n hour(s))</source>
        <translation>
            <numerusform>%1 (in %n hour)</numerusform>
            <numerusform>%1 (in %n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: show the requests that are due</source>
        <translation>
            <numerusform>%n more: show the requests that are due</numerusform>
            <numerusform>%n more: show the requests that are due</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved. The completeness check is running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changed since established</source>
        <translation>
            <numerusform>%n changed since established</numerusform>
            <numerusform>%n changed since established</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly supplier review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly supplier review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s report or certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s report or certificate ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::DataCategoryTable</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(f): choose how long this data is kept, or add a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground: %1, no source noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No categories of personal data yet. Add one for each kind of data (name and address, bank account, health data, …), with how long it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Name and address details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category (Art. 9(1)):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no exception</source>
        <extracomment>a special category with the exception of Art. 9(2) that allows it: &quot;Health, 9(2)(b)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 9(2)(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UAVG art. 23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception (Art. 9(2)):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception of Art. 9(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union or Dutch law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union or Dutch law the exception rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed with Art. 9(2)(b), (g), (h), (i) and (j); in the Netherlands usually one of UAVG arts. 22 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold: %1 (it suspends deletion only for the people and records it covers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::DateField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to set a date; clear to leave it not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::DueDate</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::EditorFrame</name>
    <message numerus="yes">
        <source>%n field(s) must be corrected before saving.</source>
        <translation>
            <numerusform>%n field must be corrected before saving.</numerusform>
            <numerusform>%n fields must be corrected before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved changes and show the item as it is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::EditorPages</name>
    <message>
        <source>Has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::EntityPicker</name>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item (no longer in the register)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::EntityTableModel</name>
    <message numerus="yes">
        <source>%n completeness finding(s) to look at: open the item to see them.</source>
        <translation>
            <numerusform>%n completeness finding to look at: open the item to see it.</numerusform>
            <numerusform>%n completeness findings to look at: open the item to see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention: completeness findings (errors and warnings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::EstablishActivityDialog</name>
    <message>
        <source>&amp;What changed since the previous version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Established after the yearly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Retention of the salary records set to seven years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish activity version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is kept as it is now as activity version %3, with your name and the time. It cannot be changed afterwards: a later change is established as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ExchangeProgress</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (.csv, several in a ZIP file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: the whole register, with its history and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian&apos;s lists: every item, every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO template: the processing activities in its 25 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers and &amp;labels in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not encrypted: it holds what the register holds, requesters&apos; details included. Keep it as safe as the register, and delete it when it has served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the register holds, with its history, for a move to another computer or an archive; File › Import… or custodian-cli import reads it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activities in the columns of the ICO&apos;s record-of-processing template, for those who keep or audit the register in that spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list per kind of item, a column per field; the lists inside an item (an activity&apos;s transfers) as lists of their own. File › Import… reads them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 export %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Custodian does not overwrite files: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the register to %1 (state %2). The file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity versions for logging (LDV): a ZIP file of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The established versions of the processing activities, a JSON file each with an index, for a logging back-end to resolve the URIs in its log lines (Logboek Dataverwerkingen). A version&apos;s file reads the same in every later export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activity versions %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n established activity version(s) to %1 (state %2).</source>
        <translation>
            <numerusform>Exported %n established activity version to %1 (state %2).</numerusform>
            <numerusform>Exported %n established activity versions to %1 (state %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dutch workbook: the register, agreements, breaches and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets with Dutch headers, as Dutch public bodies exchange their register: Organisatie, Verwerkingen, Bewaartermijnen, Verwerkersovereenkomsten, Verwerkingen als verwerker, Datalekken and Verzoeken (without requesters&apos; names or contact details). Imported back, a cell left as it was changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ExtraFieldsPanel</name>
    <message>
        <source>Custodian&apos;s own lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of imported files that no field of the register takes, kept as they were. An export in the same layout writes them back. Copy what matters into the register&apos;s own fields, then remove it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen extra fields from the item (saved with the item)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::FieldRowList</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s) shown</source>
        <translation>
            <numerusform>%1 of %n finding shown</numerusform>
            <numerusform>%1 of %n findings shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n error(s) to correct</source>
        <translation>
            <numerusform>%1; %n error to correct</numerusform>
            <numerusform>%1; %n errors to correct</numerusform>
        </translation>
    </message>
    <message>
        <source>What an auditor would ask about, across the register. Press Enter or double-click a finding to open the item it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the completeness check again, for today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: every activity and agreement has what an auditor asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::FindingsSummary</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>What an auditor would ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::FindingsTableModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an auditor would ask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::FormBinder</name>
    <message>
        <source>This activity processes criminal-offence data (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity processes the BSN (UAVG art. 46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions based solely on automated processing (Art. 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling (Art. 4(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes data of children (Art. 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly from public sources (Art. 14(2)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic monitoring of a public area (Art. 35(3)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed to no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes special categories (Art. 9(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes criminal-offence data (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes the BSN (UAVG art. 46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: handled normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe this activity in the privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the DPO in the privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity serves direct marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone when the browser is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes have been recorded for this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this item, newest first, as recorded in the register&apos;s audit trail in the same transaction as the change itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) in this period</source>
        <translation>
            <numerusform>%1 of %n change in this period</numerusform>
            <numerusform>%1 of %n changes in this period</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ImportWizard</name>
    <message>
        <source>Choose what to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook, a CSV file, a folder or ZIP file of them, or a JSON export of a register. Nothing is changed until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian&apos;s lists (headers in Dutch or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO template: a record of processing in its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are matched to the register&apos;s by their ID, else by their name: importing the same file twice adds nothing twice. Parties and retention rules a row names that the register lacks are created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers and lists (*.xlsx *.csv *.zip *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this list out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was checked and nothing was changed. With an error nothing can be imported: correct the file, or the columns, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found: nothing can be imported.</source>
        <translation>
            <numerusform>%n error found: nothing can be imported.</numerusform>
            <numerusform>%n errors found: nothing can be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The import would create %n item(s) and change %1, each with a history entry:</source>
        <translation>
            <numerusform>The import would create %n item and change %1, each with a history entry:</numerusform>
            <numerusform>The import would create %n items and change %1, each with a history entry:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new item(s) and changed %1, each with a history entry.</source>
        <translation>
            <numerusform>Imported %n new item and changed %1, each with a history entry.</numerusform>
            <numerusform>Imported %n new items and changed %1, each with a history entry.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run was stopped. Choose Back, then Next, to check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file (nothing is written)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each list as the import understands it: which kind of item it holds and which field each column goes into. Change what is wrong. A column no field takes is kept on each item as an extra field, unless you leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keep as an extra field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch workbook: Verwerkingen, Verwerkersovereenkomsten, Datalekken, …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::JointControllerTable</name>
    <message>
        <source>(no party chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrangement recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No joint controllers: the organisation decides on this processing alone. Add a party that determines its purposes and means together with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Covenant of 12 March 2025, clause 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essence (Art. 26(2)):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who informs the data subjects, who answers their requests, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essence of the arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where data subjects can turn, e.g. privacy@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact point for data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LegalHoldEditor</name>
    <message>
        <source>New legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold without a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on %1: deletion goes on as the retention rule says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active. Enter the day it started: it is reviewed at least once a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active. The yearly review was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active. The next review is due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a legal hold in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold — Art. 17(3)(e) GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion suspended for particular people or records, for a dispute, claim, inquiry or audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the hold does not cover is still deleted on time (Art. 5(1)(e)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dismissal dispute in the sales team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the lawyer&apos;s case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose data and which records, e.g. &quot;the personnel file and e-mail of the employee concerned, and the team&apos;s sales reports of 2025&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispute, claim, inquiry or audit, and who asked for the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews, who decided, where the records are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm at least once a year that the hold is still needed; release it when the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day deletion goes on as the retention rule says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LegalHoldsPage</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule and the processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold is reviewed at least once a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal holds. When a dispute, claim, inquiry or audit requires keeping data past its retention period, record a hold here for just the people and records involved: choose “New legal hold”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Only delete a hold entered by mistake: a hold that has ended is released by entering the day it ended, so that the register shows it was kept and why. The history keeps a record either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LetterDialog</name>
    <message>
        <source>Letter not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save with the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the letter as an OpenDocument text (ODT) to edit further, or as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in %1 from the register. Check it and change what you like, then save it with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in %1; saved with the case on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The register does not hold %n detail(s) this letter needs; they are marked in square brackets: %1. Fill them in before the letter goes out.</source>
        <translation>
            <numerusform>The register does not hold %n detail this letter needs; it is marked in square brackets: %1. Fill it in before the letter goes out.</numerusform>
            <numerusform>The register does not hold %n details this letter needs; they are marked in square brackets: %1. Fill them in before the letter goes out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written to %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter “%1” has changes that are not saved with the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LetterPanel</name>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the letter “%1” from the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a letter from the register&apos;s templates, in %1: the letter opens to check and change before it is saved with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case first to write its letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters saved with the case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter is written from the case as it is saved. Save your changes first, then write the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processor instructed is recorded on the Handling page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient told is recorded on the Handling page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LetterTemplatesDialog</name>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the register&apos;s own text of this template with Custodian&apos;s built-in text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (own text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mistakes: every tag is closed and every value exists in the letters that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register uses its own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian&apos;s built-in text. Change it to use your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates: the syntax and the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;yntax…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LinkChecklist</name>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item (no longer in the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked item was removed from the register. Untick it to drop the link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ListFilterBar</name>
    <message>
        <source>Every owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only items with completeness findings (errors or warnings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only items whose review or expiry date has passed or is near.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list items that were retired: they are kept for the history of the register but no longer offered for new links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LockScreen</name>
    <message>
        <source>Enter the passphrase of this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file is closed. Enter the passphrase to go on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The register file is closed. Enter the passphrase to go on where you were.</source>
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
        <source>Your unsaved changes are kept: unlock to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo register; its passphrase is:</source>
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
        <source>Change passphrase</source>
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
    <message>
        <source>Explore the &amp;demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unlocked, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is open read-only: its passphrase can only be changed where it is open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the register under the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the new passphrase opens the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the re-encrypted register in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed. The register now opens with the new passphrase only; copies you made earlier still open with the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locked after %n minute without use.</numerusform>
            <numerusform>Locked after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is locked and has unsaved changes. Close it without saving them? To keep them, unlock the register and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was changed elsewhere while it was locked. Save or revert your unsaved changes, then reopen the register to see the other changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the deadlines of requests, breaches, agreements and reviews as a calendar file (.ics), with reminders, for Outlook, Thunderbird or any calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) saved to %1.</source>
        <translation>
            <numerusform>%n deadline saved to %1.</numerusform>
            <numerusform>%n deadlines saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be kept of the register just closed: %1 The register itself is as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a c&amp;opy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an encrypted copy of the register, with the same passphrase, while it stays open; the copy is opened once to prove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an automatic backup or a copy as a new register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1 (state %2); it opens with the register&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored as %1, and its history records the restore. Open it now in place of the register open now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update items from a workbook, CSV files (our lists or the ICO template) or a JSON export, after a dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the register as an Excel workbook, CSV files or a JSON document, in Dutch or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the register for an auditor, or save it as PDF/A, in Dutch or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repor&amp;ts and printing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::MeasureEditor</name>
    <message>
        <source>Nothing applies a new measure yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activity or agreement applies this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This measure is retired: it stays in the register&apos;s history but is no longer offered for new links. Use “Restore” to offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical and organisational measure — Art. 32, Art. 30(1)(g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Encryption of the application database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the measure does and where it applies, in words an auditor can check: for example &quot;AES-256 encryption at rest of the production database; keys in the hosting provider&apos;s key vault, rotated yearly&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical: in the systems (encryption, access control, backups). Organisational: in the way people work (policies, training, confidentiality agreements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a measure in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities, processor activities and agreements that apply this measure. Press Enter or double-click to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;Your data is stored encrypted.&quot; Leave empty to keep the measure internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy statement describes security in general terms; it never needs the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing applies it. Retiring keeps it in the register&apos;s history and lets you restore it later; deleting removes it for good (the audit trail keeps a record of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures yet. Describe each technical and organisational measure once (Art. 32): encryption of the database, access control, backups, confidentiality agreements, training. Activities and agreements then link to them. Start with “New measure”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the register (activities or agreements) apply it and keep doing so. The measure stays in their history and in the audit trail, but is no longer offered for new links. You can restore it later.</source>
        <translation>
            <numerusform>%n item of the register (an activity or agreement) applies it and keeps doing so. The measure stays in its history and in the audit trail, but is no longer offered for new links. You can restore it later.</numerusform>
            <numerusform>%n items of the register (activities or agreements) apply it and keep doing so. The measure stays in their history and in the audit trail, but is no longer offered for new links. You can restore it later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many processing activities, processor activities and agreements apply the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the register (activities or agreements) apply this measure.</source>
        <translation>
            <numerusform>%n item of the register (an activity or agreement) applies this measure.</numerusform>
            <numerusform>%n items of the register (activities or agreements) apply this measure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::MomentField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set a day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to set the day and time (on this computer&apos;s clock); clear to leave it not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::NoticeTable</name>
    <message>
        <source>computed on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices of intended changes of sub-processors. The objection deadline is computed when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed when you save, from the day the notice was sent or received and the objection window, counted as the agreement says (calendar days unless set otherwise on this page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the controller on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices we sent to the controller of intended changes of our sub-processors (Art. 28(2)). Engage a new sub-processor only after the objection deadline, which is computed when you save, and record the controller&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::OrganisationPage</name>
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
        <source>Only for controllers established outside the EU</source>
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
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed these details, when, and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s name, when one is appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why no DPO is required (Art. 37(1)), or why one was appointed voluntarily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with each processing activity they share, on its Recipients page: an arrangement under Art. 26 concerns particular processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statement — Arts. 13, 14, 77</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names you trade under, besides the legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://www.example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where people send privacy questions and requests; empty: the contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a web form for requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the Autoriteit Persoonsgegevens, for an organisation in the Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: https://autoriteitpersoonsgegevens.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name is what people are best served by; by category the statement describes each recipient as precisely as it can (Art. 13(1)(e)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the register&apos;s texts are written in: a statement in the other language needs their translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity versions and logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: urn:custodian: followed by the register&apos;s identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An established activity version gets the address BASE/activity/ID/VERSION, which the log lines of the processing point to. A version keeps its address when the base changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 digits, for a government organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal entity&apos;s RSIN (nine digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PartiesPage</name>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refers to it. Retiring keeps it in the register&apos;s history and lets you restore it later; deleting removes it for good (the audit trail keeps a record of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties yet. Add the organisations your register names: the processors that work for you (your hosting provider, your payroll service), the controllers you work for, and other recipients. Start with “New party”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the parties with this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the register (activities or agreements) refer to it and keep doing so. The party stays in their history and in the audit trail, but is no longer offered for new links. You can restore it later.</source>
        <translation>
            <numerusform>%n item of the register (an activity or agreement) refers to it and keeps doing so. The party stays in its history and in the audit trail, but is no longer offered for new links. You can restore it later.</numerusform>
            <numerusform>%n items of the register (activities or agreements) refer to it and keep doing so. The party stays in their history and in the audit trail, but is no longer offered for new links. You can restore it later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many processing activities, processor activities and agreements refer to the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the register (activities or agreements) refer to this party.</source>
        <translation>
            <numerusform>%n item of the register (an activity or agreement) refers to this party.</numerusform>
            <numerusform>%n items of the register (activities or agreements) refer to this party.</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrative bodies of a municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the administrative bodies a municipality usually has, marked as bodies of this organisation, so that activities can name their controller?

%1

A party of the same name is marked rather than added again. Retire the ones your organisation does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every one of these bodies is already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n administrative body(ies) added or marked.</source>
        <translation>
            <numerusform>%n administrative body added or marked.</numerusform>
            <numerusform>%n administrative bodies added or marked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrative body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative body, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a municipality&apos;s bodies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the college of mayor and aldermen, the council, the mayor and the other usual administrative bodies of a municipality, each the controller of its own processing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PartyEditor</name>
    <message>
        <source>Nothing refers to a new party yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activity or agreement refers to this party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This party is retired: it stays in the register&apos;s history but is no longer offered for new links. Use “Restore” to offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party and roles — Art. 4(7)–(10), Art. 26, Art. 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact — Art. 30(1)(a), Art. 30(2)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hosting Partner B.V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+31 30 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the party has no DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address or telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything an auditor should know about this party: certifications, the contract it works under, how to reach it in an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides on the purposes and means of the processing (Art. 4(7)); for example a customer we process data for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides together with us on purposes and means (Art. 26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes personal data on our behalf (Art. 4(8), Art. 28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged by a processor to process the data (Art. 28(2) and (4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives personal data from us (Art. 4(9)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every role the party has; Space ticks the selected role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a party in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities, processor activities and agreements that refer to this party. Press Enter or double-click to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer and representative — Art. 37, Art. 27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the privacy statement — Art. 13(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed where the statement names recipients by name (Organisation page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the party does with the data, in words for the public: e.g. &quot;hosts our servers in Amsterdam; has no access to the data itself&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a Dutch party, its KvK number (eight digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 digits, for a government organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a public body: the college, the council, the mayor and other bodies are each the controller of their own processing, and can be named as such on an activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PartyUsedByList</name>
    <message>
        <source>Press Enter or double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (retired)</source>
        <extracomment>A &quot;Used by&quot; entry: %1 the kind of item (&quot;Processing activity&quot;), %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A &quot;Used by&quot; entry: %1 the kind of item (&quot;Processing activity&quot;), %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A &quot;Used by&quot; entry: %1 the item, %2 how it uses the party or rule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controlling body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deciding body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation involved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
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
    <message>
        <source>This passphrase is very easy to guess. Choose a longer one, or tick “Use this weak passphrase anyway”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a few more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ProcessorActivityEditor</name>
    <message>
        <source>New controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the controller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a processing in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries — Art. 30(2)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical and organisational measures — Art. 30(2)(d), Art. 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements and storage — Art. 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers and security measures — Art. 30(2)(c), (d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements, storage, owner, status and review dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hosting of the application for a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you do with the controller&apos;s data: hosting, support, backups, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New processor activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor activity without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing for controllers — Art. 30(2)(a), (b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data processed — for breaches and requests, Art. 33(2), Art. 28(3)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers, categories of processing and the data processed — Art. 30(2)(a), (b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties in the register yet: add the controller with “New party…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every organisation you process for in this way (Art. 30(2)(a)); parties with the controller role come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The customer&apos;s clients and employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Names, contact details, case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntrollers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the privacy statement: what you do for your customers, and that each customer is the controller of its users&apos; data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PublishStatementDialog</name>
    <message>
        <source>Publish version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” is written from the register as it is now, in %3, and kept as published with the register&apos;s state. It cannot be changed afterwards: a correction is a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The first version of our privacy statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, in words for the public: it is printed in the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register still says what version %1 says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since version %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register says everything the statement needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: the register does not say everything the statement needs. Complete it first; this keeps a statement with holes from being published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest version takes effect on %1: the new version cannot take effect before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RecipientTable</name>
    <message>
        <source>Unknown party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not described)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipients yet. Add everyone the data is disclosed to: departments, processors, authorities, other third parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a party in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tax authority, or what the party receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, inquiry only</source>
        <extracomment>a public authority that receives data only in a particular inquiry, which is not a recipient (Art. 4(9))</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of disclosure to a public authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RecordDetails</name>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier (UUID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the identifier; processing logs (VNG) refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RegisterChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (terminated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New security measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Encryption of backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative body of this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked as an administrative body of this organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RegisterSession</name>
    <message>
        <source>The remembered passphrase no longer opens this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every copy of the demo register is open in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register is open.</source>
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
        <source>Give the day a name, as in the decree.</source>
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
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed these details, when, and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days designated by decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters of requests and breaches are written from templates in Dutch and English. This register can use its own text for any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RegisterView</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RememberPassphrase</name>
    <message>
        <source>Re&amp;member the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the passphrase in this computer&apos;s keychain, never in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the passphrase in, so it cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ReportsPage</name>
    <message>
        <source>Register of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One processing activity with everything the register holds of it, for the department that owns it or for an auditor&apos;s sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing &amp;activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification on every page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows the report&apos;s pages here, as they will print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no processing activities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n page(s), register state %2.</source>
        <translation>
            <numerusform>Saved %1: %n page, register state %2.</numerusform>
            <numerusform>Saved %1: %n pages, register state %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), register state %1.</source>
        <translation>
            <numerusform>%n page, register state %1.</numerusform>
            <numerusform>%n pages, register state %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing as a processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing agreements and sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of processing activities under Art. 30 GDPR, as the supervisory authority may ask for them: the organisation as controller, every processing activity on its own page, the processing done as a processor, the processing agreements, the parties, the transfers to third countries, the retention schedule, the security measures and the completeness findings, with a table of contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of Art. 30(2): the processing the organisation carries out on behalf of other controllers, each with its controllers, categories, transfers and measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every processing agreement (Art. 28) with its status, dates and the checklist of Art. 28(3), and the sub-processor annex: the chains, countries, authorisations, objection windows and notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every transfer to a country outside the EEA, with its recipient, mechanism and transfer impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each category of personal data is kept, from when, and on what ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical and organisational security measures (Art. 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the completeness check finds today, errors first, each with the article it rests on: for the audit&apos;s own follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the register in the period, from its tamper-evident history: when, by whom, and what changed. A data subject&apos;s personal data is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests received in the period with their deadlines and answers, the share answered on time and the median time to answer. Requesters are not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breaches the organisation became aware of in the period (Art. 33(5)): notified or not, and why, with each breach on a page of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports for auditors and the supervisory authority, in Dutch or English. Every page names the organisation, the report, the register&apos;s state (the last entry of its history), when the report was made and its classification: the same state gives the same text. Saved as PDF/A for archiving, as an OpenDocument text to edit, or as a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;to (included):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: register state %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A documents, to hand over and archive (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument texts, to edit (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;dience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for auditors but for the public: the privacy statement of Arts. 13 and 14 that covers the audience chosen, written from the register. The purposes of the activities published for it with their bases, data, sources and retention, the recipients, transfers and security, the rights that follow from the bases and how to use them. It is its latest published version while the register still says what that version says; otherwise a draft, with what changed and what the register does not say yet listed above the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft, not published: %n note(s) above the statement say why.</source>
        <translation>
            <numerusform>Draft, not published: %n note above the statement says why.</numerusform>
            <numerusform>Draft, not published: %n notes above the statement say why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register as the Autoriteit Persoonsgegevens asks for it (Art. 30(4)): what Art. 30 asks of each processing activity in use, with its lawful basis, and the processing as a processor. Retired activities, the DPO&apos;s notes and internal details are left out. Also saved as a workbook, a sheet per part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One breach as the answers for the AP&apos;s notification form (Meldformulier datalekken), section by section in the form&apos;s order, to copy into the form or keep with the notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach register is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is not made as a workbook: save it as PDF, ODT or HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks, a sheet per part (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for the AP (Art. 30(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach answers for the AP&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the auditor of the BIO, ENSIA or a privacy audit, in one document: each control with the parts that evidence it, how complete and current the register is, the register itself, the request and breach logs and the changes of the period, and the completeness findings. Also saved as a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF/A, as an OpenDocument text to edit, as a web page or, for the register for the AP and the audit dossier, as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RequestEditor</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>case number: rights</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed when saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1; answered on time (the deadline was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed on %1; answered %n day(s) after the deadline of %2.</source>
        <translation>
            <numerusform>Closed on %1; answered %n day after the deadline of %2.</numerusform>
            <numerusform>Closed on %1; answered %n days after the deadline of %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is counted when the case is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the request was received: the month runs from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue: act by %1, %n day(s) ago. The statutory deadline is %2.</source>
        <translation>
            <numerusform>Overdue: act by %1, %n day ago. The statutory deadline is %2.</numerusform>
            <numerusform>Overdue: act by %1, %n days ago. The statutory deadline is %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Act by %1: %n day(s) left. The statutory deadline is %2.</source>
        <translation>
            <numerusform>Act by %1: %n day left. The statutory deadline is %2.</numerusform>
            <numerusform>Act by %1: %n days left. The statutory deadline is %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal target: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To extend by two months, tell the requester by %1 why (Art. 12(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s details were erased on %1, as the register&apos;s settings ask for closed cases. The dates, rights and outcomes stay for the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activity names its data subjects yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n activity(ies))</source>
        <translation>
            <numerusform>%1 (%n activity)</numerusform>
            <numerusform>%1 (%n activities)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request in the list, or log a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request — Arts. 12-22 GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to answer runs from the day the organisation received the request, through any channel or employee (Art. 12(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each right with its outcome; a right not (fully) granted needs its legal ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what is needed to handle the request and to reach the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity — Art. 12(6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for more only with reasonable doubt. A copy of an identity document is rarely needed; if one was received, record when it was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension — Art. 12(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two more months for complex or numerous requests, told to the requester with the reasons within the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive — Art. 12(5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where was searched, and who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activities searched, processors instructed to act, and recipients told of a rectification, erasure or restriction by name (Art. 19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access answer — Art. 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the copy and the letter gave the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal or a partial answer names the complaint to the Autoriteit Persoonsgegevens and the court (Art. 12(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each right the request invokes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity checks recorded. Add one only when there was reasonable doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the processors instructed to act on the request (Art. 28(3)(e)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each recipient told of the rectification, erasure or restriction (Art. 19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activities in the register yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the activities of a group of data subjects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks every processing activity that names the group the requester belongs to (customers, employees, …): the places to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer service, or the employee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the requester asks about: systems, periods, particular data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in the requester&apos;s language from the register&apos;s templates, checked and saved with the case. They go when the requester&apos;s details are erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection and appeal — Awb, UAVG art. 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public body&apos;s answer is a decision under the Awb: the requester may object (bezwaar) within six weeks, then appeal to the court. Anyone may complain to the Autoriteit Persoonsgegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RequestsPage</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day to answer, with the register&apos;s margin before the statutory deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s details were erased after the case closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>representative for requester</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — overdue by %n day</numerusform>
            <numerusform>%1 — overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) left</source>
        <translation>
            <numerusform>%1 — %n day left</numerusform>
            <numerusform>%1 — %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Statutory deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case %1 from the register? Do this only for a case logged by mistake: a request that was handled belongs in the register, and its number is not given again. The history keeps a record that it existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. When someone asks to see, correct or erase their data, log it here the same day: choose “New request”. The month to answer starts when the request arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act within 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the answered, refused and withdrawn cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; objection pending</source>
        <extracomment>a request&apos;s status in the list, with an objection under the Awb (bezwaar) not yet decided</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection (bezwaar) against the decision was received and is not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is restored as a new register file; the register open now is not changed. The restored register records in its history which backup it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other backup &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups of this register yet: one is kept each time it is closed after a change (Settings › Automatic backups). Choose another backup file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not open with this register&apos;s passphrase. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change: %1. State %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n processing activit(y/ies)</source>
        <translation>
            <numerusform>%n processing activity</numerusform>
            <numerusform>%n processing activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(y/ies)</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open breach(es)</source>
        <translation>
            <numerusform>%n open breach</numerusform>
            <numerusform>%n open breaches</numerusform>
        </translation>
    </message>
    <message>
        <source>Its history verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its history does not verify: it was damaged or changed, and is not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RetentionRuleEditor</name>
    <message>
        <source>No data category follows a new rule yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activity keeps a data category under this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule is retired: it stays in the register&apos;s history but is no longer offered for new links. Use “Restore” to offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period — Art. 30(1)(f), Art. 5(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal ground of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;fixed period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For data kept as long as something lasts (a contract, an account) or under your own policy without a fixed term; say which in “Counted from”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Fiscal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. after the end of the financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AWR art. 52(4); BW 2:10(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How deletion is done and checked, exceptions, who decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statute sets the period (name the article); regulator guidance or your own policy when no statute does; or a contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a retention rule in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the catalogue of Dutch retention periods (statute and guidance). Check it against your own situation and adapt it where needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities that keep data categories under this rule, and legal holds that suspend deletion for some of them. Press Enter or double-click to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a public body, e.g. Selectielijst gemeenten en intergemeentelijke organen 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. deleted from the application by a monthly job; paper shredded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone last checked that the data is really destroyed when the period ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RetentionRulesPage</name>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n processing activity(ies) keep data categories under it and keep doing so. The rule stays in their history and in the audit trail, but is no longer offered for new links. You can restore it later.</source>
        <translation>
            <numerusform>%n processing activity keeps data categories under it and keeps doing so. The rule stays in its history and in the audit trail, but is no longer offered for new links. You can restore it later.</numerusform>
            <numerusform>%n processing activities keep data categories under it and keep doing so. The rule stays in their history and in the audit trail, but is no longer offered for new links. You can restore it later.</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity follows it. Retiring keeps it in the register&apos;s history and lets you restore it later; deleting removes it for good (the audit trail keeps a record of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the retention periods Dutch law sets (fiscal records, personnel files, Wwft, medical files, …) that are not in the register yet. Rules you renamed or retired are not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many processing activities keep data categories under the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n processing activity(ies) keep data categories under this rule.</source>
        <translation>
            <numerusform>%n processing activity keeps data categories under this rule.</numerusform>
            <numerusform>%n processing activities keep data categories under this rule.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dutch retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the catalogue of Dutch retention periods (statute and guidance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention rules yet. Say how long each kind of data is kept and why: add the Dutch retention periods (fiscal records, personnel files, job applications, …) with “Add Dutch retention periods”, or write your own with “New retention rule”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Dutch retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active legal holds that suspend deletion for some of the data under the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ScreenshotTour</name>
    <message>
        <source>The screenshot %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::SectionPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new item has not been saved. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to “%1” have not been saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>%1 of %n item shown</numerusform>
            <numerusform>%1 of %n items shown</numerusform>
        </translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed this item, when, and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the open item is hidden by the filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::Severity</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
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
    <message>
        <source>&amp;Explore the demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filled-in register of a fictional software company, to look around in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::StatementEditor</name>
    <message>
        <source>The statement no longer quotes this text: its translation is not used. Clear the translation to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired statement is not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the next version from the register and keep it as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on the Organisation page in which language the register&apos;s texts are written: then the texts this statement quotes can be translated into its other language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is published only in %1, the language of the register&apos;s texts: there is nothing to translate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement quotes these texts of the register, written in %1. Give each its translation: a text without one is quoted as written, and keeps the statement from being published in the other language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be saved. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was not published in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the published statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement is retired: it is no longer published. It keeps its versions; its audiences are free for another statement. Use “Restore” to publish it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a statement in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statement — Arts. 12–14 GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What only the statement says. Everything else is written from the register: the processing published for its audiences, with bases, data, recipients, transfers, retention and the rights that follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the language of the register&apos;s texts; translated on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each version is kept as it was published, with the register&apos;s state it was written from. The findings say when the register no longer says what the latest version says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://www.example.nl/privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are and what the statement is about, in a few sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. We announce a new version on our website a month before it takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. On request we send you a sample letter for each right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;web page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::StatementsPage</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No privacy statement yet. A statement is written from the register for the audiences you choose (customers, website visitors, applicants…): its purposes, bases, recipients, retention and the rights that follow. Start with “New statement”, then publish its first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is no longer published. Retiring keeps it and its versions in the register, and frees its audiences for another statement; you can restore it later. A statement with published versions cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::TextListEdit</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::TransferTable</name>
    <message>
        <source>Unknown party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet documented: an auditor will ask on what ground the data may leave the EEA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The European Commission decided the country protects personal data adequately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for US organisations certified under the Data Privacy Framework: check the DPF list and note the date you checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the module of the 2021/914 clauses and keep a transfer impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding corporate rules approved by a supervisory authority; keep a transfer impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49: only for occasional transfers. Document the suitable safeguards below where the second subparagraph of Art. 49(1) applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers outside the EEA. Add one for each country data goes to, naming the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a party in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient of the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIA reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the transfer impact assessment is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPF checked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPF certification checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49(1) second subparagraph: the suitable safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIA reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country, or the international organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation of Art. 49(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPF certification covers HR data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legally binding and enforceable instrument between public authorities or bodies; keep a transfer impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard data protection clauses adopted by a supervisory authority and approved by the Commission; keep a transfer impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only together with the recipient&apos;s binding and enforceable commitments to apply the safeguards; describe them below and keep a transfer impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the authorisation of the competent supervisory authority (in the Netherlands the Autoriteit Persoonsgegevens): record its reference and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which safeguard of Art. 46 the transfer rests on: choose it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 46(3): the supervisory authority&apos;s decision, reference and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation of the supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy available from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people obtain a copy of the safeguards, e.g. privacy@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the safeguards available from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::TypedEditor</name>
    <message>
        <source>New measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures in the register yet: add one with “New measure…”.</source>
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
        <source>Notify the supervisory authority without undue delay and, where feasible, within %1 hours of becoming aware of the breach, unless it is unlikely to result in a risk to people (GDPR art. 33(1)); a later notification gives the reasons for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours are counted as elapsed time from the moment of awareness, through nights, weekends, public holidays and daylight-saving changes, and never moved to a working day. This is simpler and up to an hour earlier than Reg. 1182/71 art. 3(1) and 3(2)(a), which leave out the hour the event occurs in: a deliberate, conservative choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act by %1: %2 is a public holiday on the national list, but whether it counts for a time limit of EU law is not settled (Reg. 1182/71 art. 2(1)). Counted as a working day, the period ends on %1; a deadline met late is the dangerous error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target: %1, the day to act by itself (no margin is configured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target: %1, one working day before the day to act by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target: %1, %2 working days before the day to act by.</source>
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
    <message>
        <source>custodian-cli: the year %1 is outside the years the calculator counts in, %2 to %3 (the Gregorian calendar, four-digit years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: the deadline would fall after %1-12-31, the last day the calculator counts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-cli: the time zone TZ=%1 is not known on this system, so the local time &apos;%2&apos; cannot be placed; give the time with its offset from UTC (such as %3) or set TZ to a known time zone (such as Europe/Amsterdam)</source>
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
    <message>
        <source>Holiday &quot;%1&quot;: &quot;disputed&quot; must be true or false.</source>
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
    <message>
        <source>Open a fresh copy of the demo register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name %1 is not valid UTF-8 text, so Custodian cannot open the file under its own name. Rename the file so that its name is UTF-8 text, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo register and write a screenshot of every screen to DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --tour: the language of the screens (nl or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --tour: the window size (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian: --size needs a width and height such as 1280x800, at least 640x480</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian: --lang takes one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

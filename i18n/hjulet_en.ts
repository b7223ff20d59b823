<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Vault created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child archived or restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation moved to another scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine for concern shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
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
        <source>Child code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guardian&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guardian&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by child code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log records who opened, changed, printed, exported or deleted what. It never holds what was said. Each entry is chained to the one before, so a changed or removed entry shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain checks out: no entry has been changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: the log has been changed outside Hjulet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Wait, Hjulet is still working: this cannot stop half-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjulet backup (*.hbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is protected by the vault&apos;s passphrase. Type it to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has been written and checked. It opens with the vault&apos;s passphrase. Keep it as safe as this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written before the vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written. Make it again after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder for the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase the vault had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has been restored and checked. It opens with the same passphrase. Its new recovery key is below: print or copy it now, it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the restored vault&apos;s new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was restored from the backup before locking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be restored from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the export with a passphrase of its own? Choose No only if the file goes straight into the case system and is then deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted export (*.hbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the export file and tell it to the receiver another way than the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n children were exported.</source>
        <translation>
            <numerusform>%n child was exported.</numerusform>
            <numerusform>%n children were exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was written before the vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written. Export again after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.json *.hbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted. Type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n children were imported.</source>
        <translation>
            <numerusform>%n child was imported.</numerusform>
            <numerusform>%n children were imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import ended before the vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing of it was saved. Import again after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlankSheetDialog</name>
    <message>
        <source>Blank wheel for paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For conversations on paper: the child colours each area from the centre outwards. The sheet holds nothing personal until it is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank-wheel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>Young (faces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle (words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teen (words + numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One guardian only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keep-until date has passed: export what must be kept, then delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery key stays the same. Backups made earlier still open with the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed before the vault locked: use the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed: the old one still opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, Hjulet is changing the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a girl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a boy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral, where the language has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How texts speak to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic, Tigrinya and Ukrainian speak differently to a girl and a boy. Ask the child how they want to be spoken to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as little as you can: the code and a first name or initials are enough. Hjulet never needs a personal identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a personal identity number (personnummer). It is not needed and should not be stored here: use a first name or initials, and the generated code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the caseload (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations and comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group: %1. Conversations: %2. Keep until: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>back up a vault to an encrypted file (same passphrase as the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup into a new, empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export children to a documented JSON file (for a case system or a handover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import children from an export file (everything is checked first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new folder for the restored vault (must not exist, or be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export only the child with this code (may be given several times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt the export with its own passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the export&apos;s passphrase from this file (- = standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase of an encrypted export file from this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the export file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has been written: {path} ({size} bytes). It opens with the vault&apos;s passphrase. Keep it as safe as the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has been restored to {path} and checked. It opens with the same passphrase as when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} children with {m} conversations were exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the file is not encrypted. Move it into the case system at once and delete it, or use --encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} children with {m} conversations were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged, incomplete or altered and cannot be read safely. Nothing was restored or imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was made by a newer version of Hjulet. Please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for this file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language: {lang}. Hjulet knows: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjulet - conversation aid for the child&apos;s best wheel. Without a command the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for settings, logs and the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message language (sv or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase from this file (- = standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the recovery key to this file instead of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file holding the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new passphrase from this file (- = standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new encrypted vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a demo vault of fictional children (passphrase &apos;demo&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the children in a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a vault&apos;s key slots and database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgotten passphrase: recover with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new recovery key (the old one stops working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key has been made. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases did not match. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {n} characters, ideally several words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has been created: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY KEY - print or copy it and keep it locked away.
It is shown only now. It opens the vault if the passphrase is forgotten:

    {key}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key was written to {path}. Print it, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo vault with {n} fictional children is in {path} (passphrase: {passphrase}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no children yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is sound: keys, encryption, database and audit log all check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has been recovered with a new passphrase. The old recovery key no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. The vault is unchanged. Forgotten it? Use &apos;hjulet recover&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not fit this vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged or was altered outside Hjulet and cannot be read safely. Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was made by a newer version of Hjulet. Please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is already open in another Hjulet. Close that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} exists and is not empty. Choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so the passphrase cannot be asked for without showing it. Give it with {option} FILE, or with {option} - to read it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given. Type it when asked, or use --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read or written (does the folder exist, and may you write there?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} cannot be used for settings and logs. Choose another with --basedir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred. The log holds nothing personal: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key&apos;s last group (four characters) to confirm that you have it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery key was not confirmed and is not yet the only one in force. The previous key still works. Run &apos;hjulet recovery-key {path}&apos; when you can write the key down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file holding a passphrase or key (at most {n} bytes, the secret on the first line). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) in {path} does not belong to the vault&apos;s database: it comes from another vault, or the database was replaced or damaged. Nothing was changed. Put the vault&apos;s own key-slot file back, or restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file in {path} asks for key-derivation settings this version of Hjulet never writes: the file is damaged or was altered outside Hjulet. Nothing was derived and nothing was changed. Restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full - nothing was lost. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder or disk is read-only - nothing was lost. Choose a writable place, or remove the write protection, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer refused access to a file or folder - nothing was lost. Check the permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is inside a vault folder. Hjulet never writes other files into a vault (they could destroy it). Choose another folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file (a folder, device, link or the like). Give a file name. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} already exists. Use --force to replace it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the SIP-meeting summary (or the child&apos;s own copy) as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a blank wheel to fill in on paper (A4 or A3); needs no vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation&apos;s number or date (YYYY-MM-DD); default: the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the child&apos;s own copy in this language instead (sv, en, ar, so, ti, fa, prs, uk, fi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary&apos;s language (sv or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the child&apos;s code (default) or first name in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wheel&apos;s language for the child (e.g. sv, en, ar, ti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale to fill in (e.g. faces3, steps4, steps5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of the conversation on {date} (no. {id}) was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s copy of the conversation on {date} (no. {id}) was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the PDF file is not encrypted. Print it or move it into the case system, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blank wheel ({lang}, {paper}) was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child with the code {code} has no conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child with the code {code} has no conversation {which}. Conversations: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s copy can be written in: {langs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wheel is available in: {langs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scale {scale}. Scales: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is (child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult&apos;s view (separate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians&apos; views (each apart)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Earlier conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to compare yet: a comparison needs two conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled: %1. Dashed outline: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two conversations used different scales, so no outline is drawn. Compare them side by side instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest wheel, %1. A comparison appears here after the next conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each guardian&apos;s own view as a mark of its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>Concern for a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine for reporting concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjulet never sends anything. Reporting is done by you, as the routine says. That this routine was shown is recorded in the vault&apos;s log (no content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my organisation&apos;s own text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your organisation&apos;s routine; it is kept in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this text for this vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <source>Check that you have the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two groups typed from your paper show that the key was copied correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type group %1 and group %2 of the recovery key from your paper. Groups are counted from the left, starting at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the key. Look at the paper again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other caregiver (not a guardian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (their own words only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the other caregiver has consented, and that covers only their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 has consented; consent from %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 has consented; consent from %2 is missing. With joint custody both guardians must consent, or the child when mature enough to decide. If %1 alone has custody, record that with their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Consent from %1: sharing with %2 until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sole custody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Consent from %1: sharing with %2 until withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guardian alone has custody (sole custody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An other caregiver (a foster parent, step-parent or grandparent who is not a guardian) consents only to what they say themselves being shown. Their consent never covers the child&apos;s answers or a guardian&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only when you know that this guardian is the child&apos;s only guardian with custody. Then their consent alone lets the child&apos;s answers be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: name or role, e.g. Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One organisation or recipient per line, e.g. Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note (no health details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For these recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent should be specific and time-limited, and can be withdrawn at any time. Record the child and each guardian separately: with joint custody both guardians must consent, and a child mature enough to decide can consent for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one recipient the consent covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Valid until&apos; is before the date consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this consent (%1) is withdrawn today? It then no longer allows sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the child wants to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the child wants help from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be shown at the SIP meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s choice. Off unless the child says yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · child texts in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last answer (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child tells about harm: show the routine for reporting concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen for the child: only this child&apos;s wheel, no notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian&apos;s own view (full screen, in their language) or their copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP summary or the child&apos;s own copy: preview, print or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer for the chosen area: does not want to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer for the chosen area: does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answer for the chosen area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the centre out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the professional&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the guardian&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid consent covers the child&apos;s answers today (the child&apos;s own, or both guardians&apos;). The child&apos;s choices below are kept, but nothing is shared at the SIP meeting until consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professional&apos;s view (kept apart from the child&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice: shown at the meeting as the professional&apos;s view, apart from the child&apos;s. Off unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s choice: shown at the meeting as your note of what the guardian answered. Off unless the guardian says yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the whole conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is important to me (the child&apos;s words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has changed since last time, and why (the child&apos;s words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has changed since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“…” as the child says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be shown at the SIP meeting (needs consent first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, close every window and lock the vault (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area to write about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about this area (does not answer it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ring of the wheel records the child&apos;s answer; these buttons only choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen for a guardian: their own picture, in their language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian&apos;s own copy in their language: preview, print or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the guardians&apos; own views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each guardian&apos;s own picture as a mark of its own: never averaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something unexpected went wrong. What you had entered is saved.
A technical note (with nothing personal in it) is in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjulet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptedPdfDialog</name>
    <message>
        <source>Encrypted PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is written to disk.</source>
        <translation>
            <numerusform>%n page. Nothing is written to disk.</numerusform>
            <numerusform>%n pages. Nothing is written to disk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not fit this vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full - nothing was lost. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder or disk is read-only - nothing was lost. Choose a writable place, or remove the write protection, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer refused access to a file or folder - nothing was lost. Check the permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That place is inside a vault folder. Hjulet never saves other files into a vault (they could destroy it). Choose another folder. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file already exists. Choose another name. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an ordinary file (a folder, device or link). Choose a file name. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not print the document. Check that it is switched on and connected, or choose another printer, and try again. Nothing was recorded as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery key was not confirmed. The previous key still works. Make a new one with Vault → New recovery key… when you can write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file (keyslots.json) does not belong to its database: it comes from another vault, or the database was replaced or damaged. Nothing was changed. Put the vault&apos;s own key-slot file back, or restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file asks for key-derivation settings this version of Hjulet never writes: it is damaged or was altered outside Hjulet. Nothing was derived and nothing was changed. Restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Hjulet. Please update Hjulet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged or was changed outside Hjulet, so it cannot be read safely. Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another Hjulet window. Close that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder is not empty. Choose an empty or new folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is already used by another child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the input could not be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing you entered has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjulet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitGate</name>
    <message>
        <source>For the adult: leave child mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave child mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN you chose, or your vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not right. You can try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be checked. You can try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitPanel</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyLabels</name>
    <message>
        <source>The family&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each guardian&apos;s or other caregiver&apos;s own picture, one by one. It is kept apart from the child&apos;s and the professional&apos;s view and never merged with them. Only what they chose to share is shown, and only with their own consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is important for our child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of this guardian&apos;s answers and words, {n} are not shown: the guardian chose not to share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of this guardian&apos;s answers and words, 1 is not shown: the guardian chose not to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is shared from this guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other caregiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishingVeil</name>
    <message>
        <source>The work in progress is stuck: it has not ended for a long while. A folder or USB stick it writes to may have stopped answering. You can close Hjulet now: everything saved in the vault stays saved, but the file being written will not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Hjulet now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking… the work in progress ends first; then this window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the work in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>New vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Choose where the vault lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder on this computer that is not synced to a cloud service and not on a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the risk and want to use this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is fine: local, empty or new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianCopyDialog</name>
    <message>
        <source>A guardian&apos;s own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the guardian&apos;s language: their own answers and words (shared or not) and the meeting&apos;s practical details. Never the child&apos;s answers or words, your notes or the other guardian&apos;s view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian-copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianMarks</name>
    <message>
        <source>G1</source>
        <comment>badge on guardian 1&apos;s mark in the wheel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G2</source>
        <comment>badge on guardian 2&apos;s mark in the wheel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <comment>badge on another caregiver&apos;s mark in the wheel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} ({language})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianMode</name>
    <message>
        <source>Guardian 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional: enter the vault passphrase to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional: leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianStartDialog</name>
    <message>
        <source>Guardian&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the screen to the guardian. They see only their own answers, never the child&apos;s answers or words or your notes. Leaving needs your vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives their view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives their view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Before you hand over to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youngest (about 4–7): big faces, one short sentence a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle (about 8–12): worded steps, one area a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teenager (13–18): the whole wheel, own words typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN to leave (optional, %1–%2 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN to leave child mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To leave child mode: hold the small round button in the top corner for 2 seconds, or press Ctrl+Shift+Q. You will be asked for your vault passphrase (or the PIN). The child&apos;s screens do not show this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faces are not for this conversation: it already has answers on another scale. Start a new conversation for the three faces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hjulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, Hjulet closed itself: locking waited a long time for work that did not end, with nobody at the computer. Everything saved in the vault is kept; the file that was being written was not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child is archived: tick Show archived to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank wheel for paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open encrypted P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary for the SIP meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep-until reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hjulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, Hjulet is opening a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo vault of fictional children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Hjulet. Create your vault to begin: it keeps the conversations encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child with that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking… Hjulet is finishing the work in progress first, so that nothing is left half-done. The vault locks as soon as it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjulet %1
A conversation aid for the child&apos;s best wheel.

%2.
No network, no cloud: everything stays in your encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n child(ren) · locks after %2 min without use</source>
        <translation>
            <numerusform>%1 · %n child · locks after %2 min without use</numerusform>
            <numerusform>%1 · %n children · locks after %2 min without use</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to go on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hjulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column to sort by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children yet. Add the first child you will talk with: a code (or a name), the birth year and the child&apos;s languages. Then start a conversation from the child&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault is open. Open a vault from the Vault menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, name, language or consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing when the work in progress ends…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Name your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault is an encrypted folder that holds your children&apos;s conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: School counsellor Vingåker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one vault per profession. A school nurse&apos;s health notes and a school counsellor&apos;s notes are under different secrecy rules (OSL chapters 25 and 23) and must never share one vault, even at the same school. If you work in two roles, make two vaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key stops working at once. Type the vault&apos;s passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the NEW recovery key. Print it or write it down now and keep it locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key was made, but the vault locked before it was confirmed as written down: the old recovery key still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new recovery key was made: the old one still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery key is in force: the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery key was not put in force: the old one still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, Hjulet is making the new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, Hjulet is saving the new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperLabels</name>
    <message>
        <source>Draft: the translation has not been checked by a native speaker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: acceptable</source>
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
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the most used passwords: anyone would try it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated characters or repeated parts add little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences such as 1234, abcd or qwerty are guessed early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use the vault&apos;s name or your own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one kind of character: mix in other words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four or more unrelated words, such as &apos;kettle orbit lingon tram&apos;, are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjulet – recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this key and Hjulet you can set a new passphrase if the old one is forgotten. Anyone who has this sheet and the vault can open it: keep it locked away, apart from the computer. When you use it, Hjulet gives you a new key and this one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters, ideally several words.</source>
        <translation>
            <numerusform>Use at least %n character, ideally several words.</numerusform>
            <numerusform>Use at least %n characters, ideally several words.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase unlocks the vault. Nobody can reset it for you: if it is lost, only the recovery key (next page) opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <source>Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel for new conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and the wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, title and organisation are printed on the SIP summary under “Prepared by”. You can change everything later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Preparing the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages were sent to the printer before the vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed. Print again after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, the pages are being sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, the file is being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF saved outside the vault is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can open the folder can read the child&apos;s words in it. Save it only where your organisation allows, for example straight into the case system, and delete it when it has been filed. To print, use Print instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save unencrypted PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save encrypted instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted file with a passphrase of its own, to carry to the meeting. It opens only in Hjulet (File → Open encrypted PDF…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. Tell it to whoever opens the file another way than the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file was saved before the vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file could not be saved. Save it again after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was saved before the vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved. Save it again after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted Hjulet files (*.hbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved encrypted. Open it with File → Open encrypted PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Remember: the file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open encrypted PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {least} and {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table/object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} items; at most {most} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more than {most} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid value {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a plausible year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the date consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a guardian&apos;s consent can say they alone have custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase holds characters that are not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a step from 1 to {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be girl, boy or neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a language Hjulet knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in this wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be answer or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a summary setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such wheel or scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation already has answers on its scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be child, adult or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a conversation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &apos;code&apos; or &apos;name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary is printed in {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child&apos;s copy can be printed in {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wheel has texts in {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &apos;summary&apos; or &apos;child-copy&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be A4 or A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an encrypted PDF from Hjulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a vault backup, not an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an export, not a vault backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too complex to read safely (nested too deeply, or too many items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has brackets that do not match (is it cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested more than {n} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more than {most} lists and objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds {count} arrays and tables; at most {most} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the same key twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a number that is not finite (NaN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export read back differs from what was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {expected}: this is not a Hjulet export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {version}; this Hjulet reads version {supported}: update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text of at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key must be 1 to {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be wheel or scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not name a wheel under &apos;definitions&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not name a scale under &apos;definitions&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an area of this conversation&apos;s wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a language code such as sv or ar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in this guardian&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a plausible year or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is outside the years 1900 to 2200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time in ISO 8601 form, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a level number or not_asked, declined, dont_know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level {level} is outside 1 to {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is also used by children[{index}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by a child in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after {n} problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid language code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no text in the default language {lang}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &apos;ltr&apos; or &apos;rtl&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of draft, reviewed, official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {found}; this Hjulet reads format {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list the default language {lang}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have between 3 and {most} areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has text in {lang}, which is not listed under [languages]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid TOML ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of 2 to 7 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {n} (steps run 1, 2, 3 ... from the centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list &apos;sv&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of keys such as &quot;texts.next&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than {most} sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known setting or a [section] of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known text (a typing mistake?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names {key}, which is not a known text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variants need girl and boy (or neutral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, or a table of girl/boy/neutral variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has placeholders {found}; the Swedish text has {wanted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says language {lang} but is named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no child texts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation.toml found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s own files are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is damaged or was changed outside Hjulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new recovery key was made but never confirmed; the previous one is still in force (run &apos;hjulet recovery-key&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s recovery key was never confirmed (run &apos;hjulet recovery-key&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log was altered at entry {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encryption check failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database check found: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} broken references between the database&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not be checked ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person giving consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the child wants to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the child wants help from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professional&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question for the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>For example: Sara Lind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: School counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Vingåker municipality, Slottsskolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read-aloud is off for now: the speech engine on this computer stopped answering. The child can go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded read-aloud is off for now: sound playback on this computer stopped answering. The child can go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-aloud is off: the speech engine stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice for %1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you printed or wrote down when the vault was made, and choose a new passphrase. Letters may be typed in small or capital letters; dashes and spaces do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has a new passphrase. Here is its NEW recovery key: the old one no longer works. Print it or write it down now and keep it locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, Hjulet is setting the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, Hjulet is saving the new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key opens the vault. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault and protecting its key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it or write it down, and keep the paper locked away, apart from the computer. Do not save it on this computer or send it by e-mail. Anyone with the key and the vault folder can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, Hjulet is creating the vault. It takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be created. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Print the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Time to clear out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These children&apos;s keep-until dates have passed. Hjulet is a conversation aid, not the record: copy what must be kept into the journal or case system, then delete the child here. Nothing happens until you choose to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children past their keep-until date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a child and press Delete to delete the child for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export, then delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected child to an export file, check the file, and only then delete the child from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is past its keep-until date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting, then deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export, then delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the export with a passphrase of its own? Choose No only if the file goes straight into the case system and is then deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted export (*.hbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the export file and tell it to the receiver another way than the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1, then deleting it once the file has been checked. Other deletions and closing wait until this is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, Hjulet is exporting the child and then deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and everything about this child: conversations, words, consent and SIP preparation? Deletion is permanent and cannot be undone. Export or copy what must be kept first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of Hjulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep after the last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel for new conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keep-until date of a child is set from this when a conversation is held. Your organisation decides how long notes may be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme of child mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child mode may be left with a PIN set at hand-over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingIndicator</name>
    <message>
        <source>Sharing of the child&apos;s answers blocked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing blocked: every recorded consent has expired or been withdrawn. Nothing from this child&apos;s conversations may be shared until new consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing blocked: no consent is recorded for this child. Nothing from the conversations may be shared until consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing allowed (not %1&apos;s own words: no valid consent from %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing allowed (not the guardians&apos; own words: no valid consent from them):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sip</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SipPanel</name>
    <message>
        <source>What should the meeting answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. wants to be there for the first half hour, with the mentor beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the child wants to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is invited, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation for the SIP meeting. It is saved as you type and goes into the SIP summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartConversationDialog</name>
    <message>
        <source>Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new conversation with %1, today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three faces (about 4–7 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worded steps (about 8–12 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and numbers (about 13–18 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the child texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the child, a guardian, me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s texts in this language cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s texts in %1 are a draft: no native speaker has checked them yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The folder {path} cannot be used for settings and logs. Choose another with --basedir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set). Run Hjulet on a machine with a screen, or on a virtual one:
    Xvfb :99 -screen 0 1366x768x24 &amp;
    DISPLAY=:99 {cmd}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate, not a promise: the strength counts length, words and kinds of characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Summary for the SIP meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the child&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary shows only what the child chose to share, and only while a consent is valid today. The child&apos;s copy holds everything the child said and nothing the adults wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP-summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryLabels</name>
    <message>
        <source>Summary for a SIP meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s own picture from a conversation with the wellbeing wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains information that may be subject to secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wheel – as the child sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each area fills from the centre outward. There is no total and no level to be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled part: the child&apos;s answer, from the centre {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed line: the adult&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult does not want to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid consent on {date}, so none of the child&apos;s answers are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent was withdrawn on {since}. There is no valid consent on {date}, so none of the child&apos;s answers are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent was valid until {since}. There is no valid consent on {date}, so none of the child&apos;s answers are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {giver} has given a valid consent on {date}. With joint custody both guardians must consent (or the child, when mature enough to decide), so none of the child&apos;s answers are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the other caregiver has a valid consent on {date}. It covers only what they have said themselves, so none of the child&apos;s answers are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last conversation ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {level} of {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} › {now} ({direction})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} step(s) outward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} step(s) inward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same ({now})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier conversation to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child on what has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want help from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the child&apos;s own words are shown in this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult&apos;s own assessment. It is kept apart from the child&apos;s picture and never merged with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adult assessment is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of the adult&apos;s answers and notes are not shown: the adult chose not to share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of the adult&apos;s answers or notes is not shown: the adult chose not to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}: consent withdrawn on {since} – what they have said is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}: consent valid until {since} – what they have said is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is personal: a guardian&apos;s or other caregiver&apos;s own view is shown only with their own consent. The child&apos;s answers need the child&apos;s own consent, or both guardians&apos; (one guardian&apos;s when they alone have custody); an other caregiver&apos;s consent does not cover them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Not shown here: not answered, or not for this meeting. The professional who held the conversation knows which; this summary does not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid consent, so none of the adult&apos;s answers and notes are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one guardian has given a valid consent, so none of the adult&apos;s answers and notes are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian&apos;s answers, as the adult noted them, are not shown: no guardian has a valid consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian&apos;s answer, as the adult noted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted by the adult during the conversation: what a guardian answered. It is not the guardian&apos;s own view (that is under The family&apos;s view) and not the child&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s answer (noted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the child wants to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what, and when</source>
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
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent the sharing rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver} ({form}, {given}) – for {recipients} – valid {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}, the only guardian with custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s answers and words, and the adult&apos;s view, rest on {basis}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child&apos;s own consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both guardians&apos; consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent of the guardian with sole custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}: no valid consent – what this guardian has said is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}: consent withdrawn on {since} – what this guardian has said is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}: consent valid until {since} – what this guardian has said is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each guardian&apos;s own answer and words, apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>en</source>
        <comment>the language code of this translation (sv for Swedish)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault in
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>The work in progress when the vault locked has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work in progress when the vault locked failed. Do it again after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Hjulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of Hjulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjulet is a conversation aid for the child&apos;s best wheel. You sit with a child, the child shows how each of the eight areas of life feels, and their own words are kept. Hjulet prints a summary that carries the child&apos;s voice to the SIP meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is kept in an encrypted vault on this computer. Hjulet never uses the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the demo first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault of fictional children, to try everything without real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start for real, create your own vault: choose Next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WheelWidget</name>
    <message>
        <source>A</source>
        <comment>one-letter badge on the professional&apos;s mark in the wheel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <comment>one-letter badge on the guardian&apos;s mark in the wheel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and Right move between areas. Up, Down, plus, minus or a digit set how it is. D: do not want to answer. K: do not know. Delete: not asked. Enter opens the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= does not want to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= does not know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>This folder looks like it is synced to a cloud service (OneDrive, Dropbox, Google Drive, iCloud…). The vault is encrypted, but copies would leave this computer and syncing can damage an open database. Choose a folder that is not synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is on a network share. Databases on shares can be damaged when the network drops, and others may be able to copy the files. Choose a folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is on a removable drive (USB stick, memory card), which is easily lost. Choose a folder on this computer and make backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds files. A new vault needs an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

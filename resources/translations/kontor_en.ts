<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical</source>
        <translation>
            <numerusform>%n identical</numerusform>
            <numerusform>%n identical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ambiguous</source>
        <translation>
            <numerusform>%n ambiguous</numerusform>
            <numerusform>%n ambiguous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in trash</source>
        <translation>
            <numerusform>%n in trash</numerusform>
            <numerusform>%n in trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the next sync</source>
        <translation>
            <numerusform>%n waiting for the next sync</numerusform>
            <numerusform>%n waiting for the next sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizations are named “{name}”: rename one, or choose it in Preferences → Accounts.</source>
        <translation>
            <numerusform>%n organization is named “{name}”: rename it, or choose it in Preferences → Accounts.</numerusform>
            <numerusform>%n organizations are named “{name}”: rename one, or choose it in Preferences → Accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed account “{name}”. The %n contacts stay in the database.</source>
        <translation>
            <numerusform>Removed account “{name}”. The %n contact stays in the database.</numerusform>
            <numerusform>Removed account “{name}”. The %n contacts stay in the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people not changed for {years} years:</source>
        <translation>
            <numerusform>%n person not changed for {years} years:</numerusform>
            <numerusform>%n people not changed for {years} years:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped rows</source>
        <translation>
            <numerusform>… and %n more skipped row</numerusform>
            <numerusform>… and %n more skipped rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contacts.</source>
        <translation>
            <numerusform>Exported %n contact.</numerusform>
            <numerusform>Exported %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contacts to {path}.</source>
        <translation>
            <numerusform>Exported %n contact to {path}.</numerusform>
            <numerusform>Exported %n contacts to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phone list — %n contacts — {date}</source>
        <translation>
            <numerusform>Phone list — %n contact — {date}</numerusform>
            <numerusform>Phone list — %n contacts — {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n page)</source>
        <translation>
            <numerusform>Saved {path} (%n page)</numerusform>
            <numerusform>Saved {path} (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n pages)</source>
        <translation>
            <numerusform>Saved {path} (%n page)</numerusform>
            <numerusform>Saved {path} (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync issue</source>
        <translation>
            <numerusform>%n sync issue</numerusform>
            <numerusform>%n sync issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync issues</source>
        <translation>
            <numerusform>%n sync issue</numerusform>
            <numerusform>%n sync issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines as {encoding}</source>
        <translation>
            <numerusform>%n line as {encoding}</numerusform>
            <numerusform>%n lines as {encoding}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines outside BEGIN:VCARD … END:VCARD were ignored.</source>
        <translation>
            <numerusform>%n line outside BEGIN:VCARD … END:VCARD was ignored.</numerusform>
            <numerusform>%n lines outside BEGIN:VCARD … END:VCARD were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the payer of %n customers</source>
        <translation>
            <numerusform>the payer of %n customer</numerusform>
            <numerusform>the payer of %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records missing from {system}&apos;s list still exist there: nothing was deleted.</source>
        <translation>
            <numerusform>%n record missing from {system}&apos;s list still exists there: nothing was deleted.</numerusform>
            <numerusform>%n records missing from {system}&apos;s list still exist there: nothing was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were deleted in {system}. They are kept here until you confirm that they should be deleted here too.</source>
        <translation>
            <numerusform>%n record was deleted in {system}. It is kept here until you confirm that it should be deleted here too.</numerusform>
            <numerusform>%n records were deleted in {system}. They are kept here until you confirm that they should be deleted here too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records missing from the server&apos;s list still exist there: the list was incomplete, nothing was deleted.</source>
        <translation>
            <numerusform>%n record missing from the server&apos;s list still exists there: the list was incomplete, nothing was deleted.</numerusform>
            <numerusform>%n records missing from the server&apos;s list still exist there: the list was incomplete, nothing was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were deleted on the server. They are kept here until you confirm that they should be deleted here too.</source>
        <translation>
            <numerusform>%n record was deleted on the server. It is kept here until you confirm that it should be deleted here too.</numerusform>
            <numerusform>%n records were deleted on the server. They are kept here until you confirm that they should be deleted here too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adding %n contacts to {name}</source>
        <translation>
            <numerusform>adding %n contact to {name}</numerusform>
            <numerusform>adding %n contacts to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taking %n contacts out of {name}</source>
        <translation>
            <numerusform>taking %n contact out of {name}</numerusform>
            <numerusform>taking %n contacts out of {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work details stay here only: their organizations are not Kanbert companies, and Kontor cannot create companies in Kanbert.</source>
        <translation>
            <numerusform>%n work detail stays here only: its organization is not a Kanbert company, and Kontor cannot create companies in Kanbert.</numerusform>
            <numerusform>%n work details stay here only: their organizations are not Kanbert companies, and Kontor cannot create companies in Kanbert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies missing from {system}&apos;s list could not be confirmed gone: none is unlinked.</source>
        <translation>
            <numerusform>%n company missing from {system}&apos;s list could not be confirmed gone: it is not unlinked.</numerusform>
            <numerusform>%n companies missing from {system}&apos;s list could not be confirmed gone: none is unlinked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies are gone from {system}: more than the safety limit, so none is unlinked until you confirm the deletions.</source>
        <translation>
            <numerusform>%n company is gone from {system}: more than the safety limit, so it is not unlinked until you confirm the deletions.</numerusform>
            <numerusform>%n companies are gone from {system}: more than the safety limit, so none is unlinked until you confirm the deletions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: synced; %n companies gone there stay linked until you confirm</source>
        <translation>
            <numerusform>{name}: synced; %n company gone there stays linked until you confirm</numerusform>
            <numerusform>{name}: synced; %n companies gone there stay linked until you confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: synced; %n records deleted there are kept here for now</source>
        <translation>
            <numerusform>{name}: synced; %n record deleted there is kept here for now</numerusform>
            <numerusform>{name}: synced; %n records deleted there are kept here for now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records are gone from {account}: {deletions} contacts deleted there go to the trash here, {unlinks} companies gone there are only unlinked. Apply this here?</source>
        <translation>
            <numerusform>%n record is gone from {account}: {deletions} contacts deleted there go to the trash here, {unlinks} companies gone there are only unlinked. Apply this here?</numerusform>
            <numerusform>%n records are gone from {account}: {deletions} contacts deleted there go to the trash here, {unlinks} companies gone there are only unlinked. Apply this here?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies are gone from {account}. Unlink their organizations here? They stay in your address book.</source>
        <translation>
            <numerusform>%n company is gone from {account}. Unlink its organization here? It stays in your address book.</numerusform>
            <numerusform>%n companies are gone from {account}. Unlink their organizations here? They stay in your address book.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts were deleted in {account}. Delete them here too?</source>
        <translation>
            <numerusform>%n contact was deleted in {account}. Delete it here too?</numerusform>
            <numerusform>%n contacts were deleted in {account}. Delete them here too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>every %n min</numerusform>
            <numerusform>every %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message numerus="yes">
        <source>%Ln contacts ticked</source>
        <translation>
            <numerusform>%Ln contact ticked</numerusform>
            <numerusform>%Ln contacts ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>%Ln+ people</source>
        <translation>
            <numerusform>%Ln+ person</numerusform>
            <numerusform>%Ln+ people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ organizations</source>
        <translation>
            <numerusform>%Ln+ organization</numerusform>
            <numerusform>%Ln+ organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organizations</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ matches</source>
        <translation>
            <numerusform>%Ln+ match</numerusform>
            <numerusform>%Ln+ matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvMappingPage</name>
    <message numerus="yes">
        <source>The first %Ln rows as they would be imported (red: not imported, amber: imported with a warning; point at a cell for the reason):</source>
        <translation>
            <numerusform>The first %Ln row as it would be imported (red: not imported, amber: imported with a warning; point at a cell for the reason):</numerusform>
            <numerusform>The first %Ln rows as they would be imported (red: not imported, amber: imported with a warning; point at a cell for the reason):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} — %Ln columns</source>
        <translation>
            <numerusform>{kind} — %Ln column</numerusform>
            <numerusform>{kind} — %Ln columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListsPage</name>
    <message numerus="yes">
        <source>%Ln deleted customer lists</source>
        <translation>
            <numerusform>%Ln deleted customer list</numerusform>
            <numerusform>%Ln deleted customer lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer lists</source>
        <translation>
            <numerusform>%Ln customer list</numerusform>
            <numerusform>%Ln customer lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln in the trash)</source>
        <translation>
            <numerusform> (%Ln in the trash)</numerusform>
            <numerusform> (%Ln in the trash)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members added to “{name}”</source>
        <translation>
            <numerusform>%Ln member added to “{name}”</numerusform>
            <numerusform>%Ln members added to “{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members taken out of “{name}”</source>
        <translation>
            <numerusform>%Ln member taken out of “{name}”</numerusform>
            <numerusform>%Ln members taken out of “{name}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataQualityPage</name>
    <message numerus="yes">
        <source>Checking %Ln contacts…</source>
        <translation>
            <numerusform>Checking %Ln contact…</numerusform>
            <numerusform>Checking %Ln contacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts checked (whole book {when}); kept current as contacts change.</source>
        <translation>
            <numerusform>%Ln contact checked (whole book {when}); kept current as contacts change.</numerusform>
            <numerusform>%Ln contacts checked (whole book {when}); kept current as contacts change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems found in {contacts}</source>
        <translation>
            <numerusform>%Ln problem found in {contacts}</numerusform>
            <numerusform>%Ln problems found in {contacts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data quality: %Ln contacts with “{problem}”</source>
        <translation>
            <numerusform>Data quality: %Ln contact with “{problem}”</numerusform>
            <numerusform>Data quality: %Ln contacts with “{problem}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <source>Looking for duplicates… {done} of %Ln contacts compared</source>
        <translation>
            <numerusform>Looking for duplicates… {done} of %Ln contact compared</numerusform>
            <numerusform>Looking for duplicates… {done} of %Ln contacts compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate pairs</source>
        <translation>
            <numerusform>%Ln possible duplicate pair</numerusform>
            <numerusform>%Ln possible duplicate pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The &amp;selected rows (%Ln)</source>
        <translation>
            <numerusform>The &amp;selected row (%Ln)</numerusform>
            <numerusform>The &amp;selected rows (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to {where}</source>
        <translation>
            <numerusform>Exported %Ln contact to {where}</numerusform>
            <numerusform>Exported %Ln contacts to {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts into the folder {where} (one file each)</source>
        <translation>
            <numerusform>Exported %Ln contact into the folder {where} (one file each)</numerusform>
            <numerusform>Exported %Ln contacts into the folder {where} (one file each)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterchangeUi</name>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>{step} (%Ln contacts)…</source>
        <translation>
            <numerusform>{step} (%Ln contact)…</numerusform>
            <numerusform>{step} (%Ln contacts)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message numerus="yes">
        <source>%Ln saves</source>
        <translation>
            <numerusform>%Ln save</numerusform>
            <numerusform>%Ln saves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts with changes to send</source>
        <translation>
            <numerusform>%Ln contact with changes to send</numerusform>
            <numerusform>%Ln contacts with changes to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholdersPage</name>
    <message numerus="yes">
        <source>%Ln placeholder customers</source>
        <translation>
            <numerusform>%Ln placeholder customer</numerusform>
            <numerusform>%Ln placeholder customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %Ln marked fields first</source>
        <translation>
            <numerusform>Not saved: fix the %Ln marked field first</numerusform>
            <numerusform>Not saved: fix the %Ln marked fields first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to create</source>
        <translation>
            <numerusform>%Ln to create</numerusform>
            <numerusform>%Ln to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln to update</numerusform>
            <numerusform>%Ln to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ambiguous</source>
        <translation>
            <numerusform>%Ln ambiguous</numerusform>
            <numerusform>%Ln ambiguous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeated in the file</source>
        <translation>
            <numerusform>%Ln repeated in the file</numerusform>
            <numerusform>%Ln repeated in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the trash</source>
        <translation>
            <numerusform>%Ln in the trash</numerusform>
            <numerusform>%Ln in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organizations are created for the people who work there.</source>
        <translation>
            <numerusform>%Ln organization is created for the people who work there.</numerusform>
            <numerusform>%Ln organizations are created for the people who work there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: all %Ln contacts of this file are already in Kontor, unchanged.</source>
        <translation>
            <numerusform>Nothing to import: the %Ln contact of this file is already in Kontor, unchanged.</numerusform>
            <numerusform>Nothing to import: all %Ln contacts of this file are already in Kontor, unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <source>%Ln without a postal address left out: {names}</source>
        <translation>
            <numerusform>%Ln without a postal address left out: {names}</numerusform>
            <numerusform>%Ln without a postal address left out: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phone list — %Ln contacts — {day}</source>
        <translation>
            <numerusform>Phone list — %Ln contact — {day}</numerusform>
            <numerusform>Phone list — %Ln contacts — {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%Ln pages).</source>
        <translation>
            <numerusform>Saved {file} (%Ln page).</numerusform>
            <numerusform>Saved {file} (%Ln pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPreferences</name>
    <message numerus="yes">
        <source> years</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyUi</name>
    <message numerus="yes">
        <source>%Ln people erased</source>
        <translation>
            <numerusform>%Ln person erased</numerusform>
            <numerusform>%Ln people erased</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>%Ln errors — they must be fixed before saving; {warnings}</source>
        <translation>
            <numerusform>%Ln error — they must be fixed before saving; {warnings}</numerusform>
            <numerusform>%Ln errors — they must be fixed before saving; {warnings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings — the contact can be saved</source>
        <translation>
            <numerusform>%Ln warning — the contact can be saved</numerusform>
            <numerusform>%Ln warnings — the contact can be saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentChangesPage</name>
    <message numerus="yes">
        <source>%Ln recent changes</source>
        <translation>
            <numerusform>%Ln recent change</numerusform>
            <numerusform>%Ln recent changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message numerus="yes">
        <source> years</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people not changed for {years}</source>
        <translation>
            <numerusform>%Ln person not changed for {years}</numerusform>
            <numerusform>%Ln people not changed for {years}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n years</source>
        <translation>
            <numerusform>Retention period: %n year</numerusform>
            <numerusform>Retention period: %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %Ln people</source>
        <translation>
            <numerusform>Erase %Ln person</numerusform>
            <numerusform>Erase %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase all personal data of the %Ln ticked people? This cannot be undone. Records accounting needs are anonymised instead of deleted.</source>
        <translation>
            <numerusform>Erase all personal data of the %Ln ticked person? This cannot be undone. Records accounting needs are anonymised instead of deleted.</numerusform>
            <numerusform>Erase all personal data of the %Ln ticked people? This cannot be undone. Records accounting needs are anonymised instead of deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people erased</source>
        <translation>
            <numerusform>%Ln person erased</numerusform>
            <numerusform>%Ln people erased</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln refused: {why}</source>
        <translation>
            <numerusform>, %Ln refused: {why}</numerusform>
            <numerusform>, %Ln refused: {why}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIssuesPage</name>
    <message numerus="yes">
        <source>%Ln sync issues</source>
        <translation>
            <numerusform>%Ln sync issue</numerusform>
            <numerusform>%Ln sync issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%Ln changes to send</source>
        <translation>
            <numerusform>%Ln change to send</numerusform>
            <numerusform>%Ln changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync issues</source>
        <translation>
            <numerusform>%Ln sync issue</numerusform>
            <numerusform>%Ln sync issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln to send</numerusform>
            <numerusform>%Ln to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message numerus="yes">
        <source>%Ln changes sent</source>
        <translation>
            <numerusform>%Ln change sent</numerusform>
            <numerusform>%Ln changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln received</numerusform>
            <numerusform>%Ln received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln merged</numerusform>
            <numerusform>%Ln merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln deleted</numerusform>
            <numerusform>%Ln deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletions wait for your confirmation</source>
        <translation>
            <numerusform>%Ln deletion waits for your confirmation</numerusform>
            <numerusform>%Ln deletions wait for your confirmation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were deleted on the server. Delete them here too?</source>
        <translation>
            <numerusform>%Ln contact was deleted on the server. Delete it here too?</numerusform>
            <numerusform>%Ln contacts were deleted on the server. Delete them here too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message numerus="yes">
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “{name}” from %Ln contacts?</source>
        <translation>
            <numerusform>Remove tag “{name}” from %Ln contact?</numerusform>
            <numerusform>Remove tag “{name}” from %Ln contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “{name}” deleted and taken from %Ln contacts</source>
        <translation>
            <numerusform>Tag “{name}” deleted and taken from %Ln contact</numerusform>
            <numerusform>Tag “{name}” deleted and taken from %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <source>%Ln contacts in the trash</source>
        <translation>
            <numerusform>%Ln contact in the trash</numerusform>
            <numerusform>%Ln contacts in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts restored</source>
        <translation>
            <numerusform>%Ln contact restored</numerusform>
            <numerusform>%Ln contacts restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts could not be restored:</source>
        <translation>
            <numerusform>%Ln contact could not be restored:</numerusform>
            <numerusform>%Ln contacts could not be restored:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts for good?</source>
        <translation>
            <numerusform>Delete %Ln contact for good?</numerusform>
            <numerusform>Delete %Ln contacts for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts deleted for good</source>
        <translation>
            <numerusform>%Ln contact deleted for good</numerusform>
            <numerusform>%Ln contacts deleted for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln contacts in the trash for good?</source>
        <translation>
            <numerusform>Delete the %Ln contact in the trash for good?</numerusform>
            <numerusform>Delete all %Ln contacts in the trash for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln kept</source>
        <translation>
            <numerusform>; %Ln kept</numerusform>
            <numerusform>; %Ln kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts could not be deleted for good and stay in the trash:</source>
        <translation>
            <numerusform>%Ln contact could not be deleted for good and stays in the trash:</numerusform>
            <numerusform>%Ln contacts could not be deleted for good and stay in the trash:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept</source>
        <translation>
            <numerusform>%Ln kept</numerusform>
            <numerusform>%Ln kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
</TS>

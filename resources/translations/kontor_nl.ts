<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AccountEditor</name>
        <message>
            <source>Add account</source>
            <translation>Account toevoegen</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>Account bewerken</translation>
        </message>
        <message>
            <source>&amp;Find address books</source>
            <translation>Adresboeken &amp;zoeken</translation>
        </message>
        <message>
            <source>Sign in to the server with the user and password and list its address books</source>
            <translation>Bij de server aanmelden met de gebruiker en het wachtwoord en de adresboeken ervan tonen</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optioneel</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored token</source>
            <translation>Leeg laten om het opgeslagen token te behouden</translation>
        </message>
        <message>
            <source>Kept in the system keychain</source>
            <translation>Bewaard in de sleutelhanger van het systeem</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Manual only</source>
            <translation>Alleen handmatig</translation>
        </message>
        <message>
            <source>Take part in syncs</source>
            <translation>Neemt deel aan synchronisaties</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adres:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Gebruiker:</translation>
        </message>
        <message>
            <source>API &amp;token:</source>
            <translation>API-&amp;token:</translation>
        </message>
        <message>
            <source>Sync &amp;every:</source>
            <translation>Synchroniseren &amp;elke:</translation>
        </message>
        <message>
            <source>&amp;Password / token:</source>
            <translation>&amp;Wachtwoord / token:</translation>
        </message>
        <message>
            <source>the login (empty: the token is a bearer token)</source>
            <translation>de gebruikersnaam (leeg: het token is een bearer-token)</translation>
        </message>
        <message>
            <source>Looking for address books…</source>
            <translation>Adresboeken zoeken…</translation>
        </message>
    </context>
    <context>
        <name>AccountExtras</name>
        <message>
            <source>optional: e.g. KIP</source>
            <translation>optioneel: bv. KIP</translation>
        </message>
        <message>
            <source>Every organization with this tag is registered with KIP, besides those ticked “Registered with KIP” in their editor</source>
            <translation>Elke organisatie met deze tag wordt bij KIP geregistreerd, naast de organisaties waarbij “Geregistreerd bij KIP” in de editor is aangevinkt</translation>
        </message>
        <message>
            <source>Type the name of your organization</source>
            <translation>Typ de naam van uw organisatie</translation>
        </message>
        <message>
            <source>Read by the first sync.</source>
            <translation>Wordt bij de eerste synchronisatie gelezen.</translation>
        </message>
        <message>
            <source>As the workspace has it; change it there</source>
            <translation>Zoals in de werkruimte; wijzig het daar</translation>
        </message>
        <message>
            <source>Register &amp;organizations tagged:</source>
            <translation>&amp;Organisaties registreren met tag:</translation>
        </message>
        <message>
            <source>Our own &amp;organization:</source>
            <translation>Onze &amp;eigen organisatie:</translation>
        </message>
        <message>
            <source>Workspace organization:</source>
            <translation>Organisatie in de werkruimte:</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>The systems this address book is kept in step with. Removing an account unlinks the address book from it; no contact is deleted.</source>
            <translation>De systemen waarmee dit adresboek gelijk wordt gehouden. Als u een account verwijdert, wordt het adresboek ervan losgekoppeld; er wordt geen contact verwijderd.</translation>
        </message>
        <message>
            <source>No accounts yet: add one to sync this address book.</source>
            <translation>Nog geen accounts: voeg er een toe om dit adresboek te synchroniseren.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Toevoegen…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bewerken…</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>&amp;Verbinding testen</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>Ver&amp;wijderen…</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>Nu s&amp;ynchroniseren</translation>
        </message>
        <message>
            <source>Sync the chosen account once now</source>
            <translation>Het gekozen account nu één keer synchroniseren</translation>
        </message>
        <message>
            <source>Request my data from &amp;KIP</source>
            <translation>Mijn gegevens bij &amp;KIP opvragen</translation>
        </message>
        <message>
            <source>Ask KIP to export the data it keeps about you (GDPR); shows its links</source>
            <translation>KIP vragen de gegevens te exporteren die het over u bewaart (AVG); toont de links</translation>
        </message>
        <message>
            <source>every {n} min</source>
            <translation>elke {n} min</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>handmatig</translation>
        </message>
        <message>
            <source>no (disabled)</source>
            <translation>nee (uitgeschakeld)</translation>
        </message>
        <message>
            <source>Added “{name}”.</source>
            <translation>“{name}” toegevoegd.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>“{name}” opgeslagen.</translation>
        </message>
        <message>
            <source>Remove the account “{name}”? The address book is unlinked from it: what waits to be sent to it and its sync issues go. No contact is deleted, here or there.</source>
            <translation>Het account “{name}” verwijderen? Het adresboek wordt ervan losgekoppeld: wat nog naar dit account verzonden moest worden en de synchronisatieproblemen ervan verdwijnen. Er wordt geen contact verwijderd, niet hier en niet daar.</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Account verwijderen</translation>
        </message>
        <message>
            <source>Removed “{name}”. Every contact stays.</source>
            <translation>“{name}” verwijderd. Alle contacten blijven behouden.</translation>
        </message>
        <message>
            <source>Testing “{name}”…</source>
            <translation>“{name}” wordt getest…</translation>
        </message>
        <message>
            <source>The test failed ({reason}).</source>
            <translation>De test is mislukt ({reason}).</translation>
        </message>
        <message>
            <source>Syncing “{name}”…</source>
            <translation>“{name}” wordt gesynchroniseerd…</translation>
        </message>
        <message>
            <source>The sync failed ({reason}: {text}).</source>
            <translation>De synchronisatie is mislukt ({reason}: {text}).</translation>
        </message>
        <message>
            <source>Asking KIP for your data…</source>
            <translation>Uw gegevens worden bij KIP opgevraagd…</translation>
        </message>
        <message>
            <source>KIP was not asked ({reason}).</source>
            <translation>Er is niets bij KIP opgevraagd ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>AddMembersDialog</name>
        <message>
            <source>Add members to “{name}”</source>
            <translation>Leden toevoegen aan “{name}”</translation>
        </message>
        <message>
            <source>Search names, e-mails, phones, cities…</source>
            <translation>Zoeken op naam, e-mail, telefoon, plaats…</translation>
        </message>
        <message>
            <source>Tick contacts (Space or a click on the box); ticks stay while you search.</source>
            <translation>Vink contacten aan (spatiebalk of een klik op het vakje); de vinkjes blijven staan terwijl u zoekt.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>{n} contact ticked</source>
            <translation>{n} contact aangevinkt</translation>
        </message>
        <message>
            <source>{n} contacts ticked</source>
            <translation>{n} contacten aangevinkt</translation>
        </message>
        <message>
            <source>Nothing ticked yet</source>
            <translation>Nog niets aangevinkt</translation>
        </message>
    </context>
    <context>
        <name>AddressCombo</name>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>(unknown address {id})</source>
            <translation>(onbekend adres {id})</translation>
        </message>
    </context>
    <context>
        <name>AddressRow</name>
        <message>
            <source>Building, floor, …</source>
            <translation>Gebouw, verdieping, …</translation>
        </message>
        <message>
            <source>Type a country or code</source>
            <translation>Typ een land of code</translation>
        </message>
        <message>
            <source>Usages</source>
            <translation>Gebruik</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straat</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Additional</source>
            <translation>Toevoeging</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Provincie</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Geadresseerde</translation>
        </message>
        <message>
            <source>Care of</source>
            <translation>Per adres</translation>
        </message>
        <message>
            <source>Full address</source>
            <translation>Volledig adres</translation>
        </message>
        <message>
            <source>Filled in from the parts; write your own to override, clear it to go back</source>
            <translation>Samengesteld uit de onderdelen; typ zelf een adres om dit te vervangen, maak het veld leeg om terug te keren</translation>
        </message>
    </context>
    <context>
        <name>AlternativePayerBox</name>
        <message>
            <source>Alternative payer</source>
            <translation>Alternatieve betaler</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Assigned by the server</source>
            <translation>Toegekend door de server</translation>
        </message>
        <message>
            <source>Alternative payer number</source>
            <translation>Nummer alternatieve betaler</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <source>Debtor account</source>
            <translation>Debiteurenrekening</translation>
        </message>
    </context>
    <context>
        <name>BusyIndicator</name>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wordt geannuleerd…</translation>
        </message>
    </context>
    <context>
        <name>ChoiceChecks</name>
        <message>
            <source>Not a documented value; kept as received</source>
            <translation>Geen gedocumenteerde waarde; ongewijzigd bewaard zoals ontvangen</translation>
        </message>
    </context>
    <context>
        <name>ChoosableContactsModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Already in the list</source>
            <translation>Al in de lijst</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Save the contact (Ctrl+S)</source>
            <translation>Het contact opslaan (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Terugdraaien</translation>
        </message>
        <message>
            <source>Undo every change since the last save (Ctrl+R)</source>
            <translation>Alle wijzigingen sinds de laatste keer opslaan ongedaan maken (Ctrl+R)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Move the contact to the trash</source>
            <translation>Het contact naar de prullenbak verplaatsen</translation>
        </message>
        <message>
            <source>Addresses, phones, e-mails, web</source>
            <translation>Adressen, telefoon, e-mail, web</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Werk</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Relaties</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structuur</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>New {kind}</source>
            <translation>Nieuwe {kind}</translation>
        </message>
        <message>
            <source>Revert changes</source>
            <translation>Wijzigingen terugdraaien</translation>
        </message>
        <message>
            <source>Throw away your changes to this contact?</source>
            <translation>Uw wijzigingen aan dit contact verwerpen?</translation>
        </message>
        <message>
            <source>Address {number}</source>
            <translation>Adres {number}</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Opslaan nog niet mogelijk</translation>
        </message>
        <message>
            <source>Please correct these problems first:</source>
            <translation>Corrigeer eerst deze problemen:</translation>
        </message>
    </context>
    <context>
        <name>ContactListView</name>
        <message>
            <source>Search names, e-mails, phones, cities, VAT…</source>
            <translation>Zoeken op naam, e-mail, telefoon, plaats, btw…</translation>
        </message>
        <message>
            <source>Only contacts with this tag</source>
            <translation>Alleen contacten met deze tag</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Elke rol</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Klanten</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Leveranciers</translation>
        </message>
        <message>
            <source>Alternative payers</source>
            <translation>Alternatieve betalers</translation>
        </message>
        <message>
            <source>Active or not</source>
            <translation>Actief of niet</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactief</translation>
        </message>
        <message>
            <source>Active: at least one active role. Inactive: roles, but none active.</source>
            <translation>Actief: minstens één actieve rol. Inactief: wel rollen, maar geen actieve.</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Elk type</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Elke tag</translation>
        </message>
    </context>
    <context>
        <name>ContactPointsEditor</name>
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>Add address</source>
            <translation>Adres toevoegen</translation>
        </message>
        <message>
            <source>No addresses</source>
            <translation>Geen adressen</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefoonnummers</translation>
        </message>
        <message>
            <source>Add phone</source>
            <translation>Telefoonnummer toevoegen</translation>
        </message>
        <message>
            <source>No phones</source>
            <translation>Geen telefoonnummers</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mailadressen</translation>
        </message>
        <message>
            <source>Add e-mail</source>
            <translation>E-mailadres toevoegen</translation>
        </message>
        <message>
            <source>No e-mail addresses</source>
            <translation>Geen e-mailadressen</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Add web address</source>
            <translation>Webadres toevoegen</translation>
        </message>
        <message>
            <source>No web addresses</source>
            <translation>Geen webadressen</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverancier</translation>
        </message>
        <message>
            <source>Alternative payer</source>
            <translation>Alternatieve betaler</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisaties</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Please correct these first:</source>
            <translation>Corrigeer eerst het volgende:</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>“{name}” opgeslagen.</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Niet verwijderd</translation>
        </message>
        <message>
            <source>“{name}” moved to the trash (Ctrl+Z to undo).</source>
            <translation>“{name}” is naar de prullenbak verplaatst (Ctrl+Z om ongedaan te maken).</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>Save the changes to “{name}”?</source>
            <translation>De wijzigingen aan “{name}” opslaan?</translation>
        </message>
        <message>
            <source>the new contact</source>
            <translation>het nieuwe contact</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 persoon</translation>
        </message>
        <message>
            <source>{n} people</source>
            <translation>{n} personen</translation>
        </message>
        <message>
            <source>1 organization</source>
            <translation>1 organisatie</translation>
        </message>
        <message>
            <source>{n} organizations</source>
            <translation>{n} organisaties</translation>
        </message>
        <message>
            <source>{n}+ matches</source>
            <translation>{n}+ resultaten</translation>
        </message>
        <message>
            <source>1 match</source>
            <translation>1 resultaat</translation>
        </message>
        <message>
            <source>{n} matches</source>
            <translation>{n} resultaten</translation>
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation>{matches} van {total}</translation>
        </message>
    </context>
    <context>
        <name>CsvMapping</name>
        <message>
            <source>— not imported —</source>
            <translation>— niet geïmporteerd —</translation>
        </message>
    </context>
    <context>
        <name>CsvMappingPage</name>
        <message>
            <source>The character encoding of the file; choose another if accents look wrong</source>
            <translation>De tekencodering van het bestand; kies een andere als accenten verkeerd worden weergegeven</translation>
        </message>
        <message>
            <source>Comma  ,</source>
            <translation>Komma  ,</translation>
        </message>
        <message>
            <source>Semicolon  ;</source>
            <translation>Puntkomma  ;</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Vertical bar  |</source>
            <translation>Verticale streep  |</translation>
        </message>
        <message>
            <source>First row holds the column &amp;names</source>
            <translation>Eerste rij bevat de kolom&amp;namen</translation>
        </message>
        <message>
            <source>Untick for a file without a header row: its columns are then numbered and the first row is imported too</source>
            <translation>Uitvinken voor een bestand zonder kopregel: de kolommen worden dan genummerd en de eerste rij wordt ook geïmporteerd</translation>
        </message>
        <message>
            <source>Day first (31/12/1980)</source>
            <translation>Dag eerst (31/12/1980)</translation>
        </message>
        <message>
            <source>Month first (12/31/1980)</source>
            <translation>Maand eerst (12/31/1980)</translation>
        </message>
        <message>
            <source>Year first (1980-12-31)</source>
            <translation>Jaar eerst (1980-12-31)</translation>
        </message>
        <message>
            <source>Use a column mapping saved earlier</source>
            <translation>Een eerder opgeslagen kolomkoppeling gebruiken</translation>
        </message>
        <message>
            <source>&amp;Save as template…</source>
            <translation>Als sjabloon &amp;opslaan…</translation>
        </message>
        <message>
            <source>De&amp;lete template</source>
            <translation>Sjabloon ver&amp;wijderen</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Codering:</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>Scheidings&amp;teken:</translation>
        </message>
        <message>
            <source>Dates &amp;are:</source>
            <translation>&amp;Datumnotatie:</translation>
        </message>
        <message>
            <source>Recognised as:</source>
            <translation>Herkend als:</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Sjabloon:</translation>
        </message>
        <message>
            <source>Columns of the file and the field each goes into:</source>
            <translation>Kolommen van het bestand en het veld waarin elke kolom terechtkomt:</translation>
        </message>
        <message>
            <source>The first {n} rows as they would be imported (red: not imported, amber: imported with a warning; point at a cell for the reason):</source>
            <translation>De eerste {n} rijen zoals ze geïmporteerd zouden worden (rood: niet geïmporteerd, oranje: geïmporteerd met een waarschuwing; wijs een cel aan voor de reden):</translation>
        </message>
        <message>
            <source>Reading “{file}”…</source>
            <translation>“{file}” wordt gelezen…</translation>
        </message>
        <message>
            <source>— (the file cannot be read like this)</source>
            <translation>— (het bestand kan zo niet worden gelezen)</translation>
        </message>
        <message>
            <source>an Outlook export</source>
            <translation>een export uit Outlook</translation>
        </message>
        <message>
            <source>a Google Contacts export</source>
            <translation>een export uit Google Contacts</translation>
        </message>
        <message>
            <source>a Thunderbird export</source>
            <translation>een export uit Thunderbird</translation>
        </message>
        <message>
            <source>a spreadsheet with known column names</source>
            <translation>een spreadsheet met bekende kolomnamen</translation>
        </message>
        <message>
            <source>unknown columns: choose the field of each</source>
            <translation>onbekende kolommen: kies voor elke kolom het veld</translation>
        </message>
        <message>
            <source>no header row: choose the field of each column by its position</source>
            <translation>geen kopregel: kies het veld van elke kolom op basis van de positie</translation>
        </message>
        <message>
            <source>{kind} — {n} columns</source>
            <translation>{kind} — {n} kolommen</translation>
        </message>
        <message>
            <source>Detected: {layout}</source>
            <translation>Herkend: {layout}</translation>
        </message>
        <message>
            <source>Detected mapping</source>
            <translation>Herkende koppeling</translation>
        </message>
        <message>
            <source>The file could not be read: {error}</source>
            <translation>Het bestand kon niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Kolom in het bestand</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Eerste waarde</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importeren als</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(geen naam)</translation>
        </message>
        <message>
            <source>Import “{column}” as</source>
            <translation>“{column}” importeren als</translation>
        </message>
        <message>
            <source>Choose the field of at least one column to import.</source>
            <translation>Kies voor minstens één kolom het veld om te importeren.</translation>
        </message>
        <message>
            <source>Several columns go into this field: the first value is kept</source>
            <translation>Meerdere kolommen gaan naar dit veld: de eerste waarde wordt behouden</translation>
        </message>
        <message>
            <source>Checking the first rows…</source>
            <translation>De eerste rijen worden gecontroleerd…</translation>
        </message>
        <message>
            <source>Save mapping template</source>
            <translation>Koppelingssjabloon opslaan</translation>
        </message>
        <message>
            <source>Name of the template (e.g. “Outlook from the sales team”):</source>
            <translation>Naam van het sjabloon (bv. “Outlook van het verkoopteam”):</translation>
        </message>
        <message>
            <source>Replace the template “{name}”?</source>
            <translation>Het sjabloon “{name}” vervangen?</translation>
        </message>
        <message>
            <source>Name of the template:</source>
            <translation>Naam van het sjabloon:</translation>
        </message>
        <message>
            <source>Saved the template “{name}”.</source>
            <translation>Sjabloon “{name}” opgeslagen.</translation>
        </message>
        <message>
            <source>Delete mapping template</source>
            <translation>Koppelingssjabloon verwijderen</translation>
        </message>
        <message>
            <source>Delete the template “{name}”? The mapping on screen stays.</source>
            <translation>Het sjabloon “{name}” verwijderen? De koppeling op het scherm blijft staan.</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldRow</name>
        <message>
            <source>Field name</source>
            <translation>Veldnaam</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Yes/no</source>
            <translation>Ja/nee</translation>
        </message>
        <message>
            <source>Whole number</source>
            <translation>Geheel getal</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Leeg</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>(no value)</source>
            <translation>(geen waarde)</translation>
        </message>
        <message>
            <source>Other (kept as received)</source>
            <translation>Overig (ongewijzigd bewaard)</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsEditor</name>
        <message>
            <source>Custom fields</source>
            <translation>Eigen velden</translation>
        </message>
        <message>
            <source>Add custom field</source>
            <translation>Eigen veld toevoegen</translation>
        </message>
        <message>
            <source>No custom fields</source>
            <translation>Geen eigen velden</translation>
        </message>
    </context>
    <context>
        <name>CustomerBox</name>
        <message>
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Opgeschort</translation>
        </message>
        <message>
            <source>Requires formal invoice</source>
            <translation>Vereist formele factuur</translation>
        </message>
        <message>
            <source>13 digits</source>
            <translation>13 cijfers</translation>
        </message>
        <message>
            <source>Assigned by the server</source>
            <translation>Toegekend door de server</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Klantnummer</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Klant sinds</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Customer card</source>
            <translation>Klantenkaart</translation>
        </message>
        <message>
            <source>Alternative payer</source>
            <translation>Alternatieve betaler</translation>
        </message>
        <message>
            <source>Debtor account</source>
            <translation>Debiteurenrekening</translation>
        </message>
        <message>
            <source>Managed by</source>
            <translation>Beheerd door</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Kredietlimiet</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>EU-btw-nummer</translation>
        </message>
        <message>
            <source>Tax registration no.</source>
            <translation>Fiscaal nr.</translation>
        </message>
        <message>
            <source>Tax exemptions</source>
            <translation>Belastingvrijstellingen</translation>
        </message>
        <message>
            <source>Delivery and invoicing</source>
            <translation>Levering en facturering</translation>
        </message>
        <message>
            <source>Add configuration</source>
            <translation>Configuratie toevoegen</translation>
        </message>
        <message>
            <source>No delivery and invoicing configurations</source>
            <translation>Geen configuraties voor levering en facturering</translation>
        </message>
    </context>
    <context>
        <name>CustomerListsPage</name>
        <message>
            <source>Customer lists</source>
            <translation>Klantenlijsten</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lijst</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Leden</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>New list…</source>
            <translation>Nieuwe lijst…</translation>
        </message>
        <message>
            <source>Make a new customer list (Ctrl+N)</source>
            <translation>Een nieuwe klantenlijst maken (Ctrl+N)</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Naam wijzigen…</translation>
        </message>
        <message>
            <source>Rename the chosen list (F2)</source>
            <translation>De naam van de gekozen lijst wijzigen (F2)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Move the chosen list to the trash (Del)</source>
            <translation>De gekozen lijst naar de prullenbak verplaatsen (Del)</translation>
        </message>
        <message>
            <source>Show deleted lists</source>
            <translation>Verwijderde lijsten tonen</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>Take the chosen list out of the trash</source>
            <translation>De gekozen lijst uit de prullenbak halen</translation>
        </message>
        <message>
            <source>Add members…</source>
            <translation>Leden toevoegen…</translation>
        </message>
        <message>
            <source>Search contacts and add them to the list</source>
            <translation>Contacten zoeken en aan de lijst toevoegen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Take the chosen members out of the list (Del)</source>
            <translation>De gekozen leden uit de lijst halen (Del)</translation>
        </message>
        <message>
            <source>{n} deleted customer list</source>
            <translation>{n} verwijderde klantenlijst</translation>
        </message>
        <message>
            <source>{n} deleted lists</source>
            <translation>{n} verwijderde lijsten</translation>
        </message>
        <message>
            <source>{n} customer list</source>
            <translation>{n} klantenlijst</translation>
        </message>
        <message>
            <source>{n} customer lists</source>
            <translation>{n} klantenlijsten</translation>
        </message>
        <message>
            <source> ({n} in the trash)</source>
            <translation> ({n} in de prullenbak)</translation>
        </message>
        <message>
            <source>No list chosen — make one with New list (Ctrl+N)</source>
            <translation>Geen lijst gekozen — maak er een met Nieuwe lijst (Ctrl+N)</translation>
        </message>
        <message>
            <source>{n} member</source>
            <translation>{n} lid</translation>
        </message>
        <message>
            <source>{n} members</source>
            <translation>{n} leden</translation>
        </message>
        <message>
            <source> — in the trash</source>
            <translation> — in de prullenbak</translation>
        </message>
        <message>
            <source>New customer list</source>
            <translation>Nieuwe klantenlijst</translation>
        </message>
        <message>
            <source>Name of the new list:</source>
            <translation>Naam van de nieuwe lijst:</translation>
        </message>
        <message>
            <source>Customer list “{name}” made</source>
            <translation>Klantenlijst “{name}” aangemaakt</translation>
        </message>
        <message>
            <source>Rename customer list</source>
            <translation>Naam van klantenlijst wijzigen</translation>
        </message>
        <message>
            <source>New name of the list:</source>
            <translation>Nieuwe naam van de lijst:</translation>
        </message>
        <message>
            <source>Customer list renamed to “{name}”</source>
            <translation>Naam van klantenlijst gewijzigd in “{name}”</translation>
        </message>
        <message>
            <source>“{name}” moved to the trash; tick “Show deleted lists” to restore it</source>
            <translation>“{name}” is naar de prullenbak verplaatst; vink “Verwijderde lijsten tonen” aan om de lijst te herstellen</translation>
        </message>
        <message>
            <source>“{name}” restored</source>
            <translation>“{name}” hersteld</translation>
        </message>
        <message>
            <source>{n} member added to “{name}”</source>
            <translation>{n} lid toegevoegd aan “{name}”</translation>
        </message>
        <message>
            <source>{n} members added to “{name}”</source>
            <translation>{n} leden toegevoegd aan “{name}”</translation>
        </message>
        <message>
            <source>{n} member taken out of “{name}”</source>
            <translation>{n} lid uit “{name}” gehaald</translation>
        </message>
        <message>
            <source>{n} members taken out of “{name}”</source>
            <translation>{n} leden uit “{name}” gehaald</translation>
        </message>
        <message>
            <source>The list or one of the contacts was deleted meanwhile.</source>
            <translation>De lijst of een van de contacten is intussen verwijderd.</translation>
        </message>
    </context>
    <context>
        <name>DataQualityPage</name>
        <message>
            <source>Data quality</source>
            <translation>Datakwaliteit</translation>
        </message>
        <message>
            <source>The book has not been checked yet.</source>
            <translation>Het adresboek is nog niet gecontroleerd.</translation>
        </message>
        <message>
            <source>Check the whole book again</source>
            <translation>Het hele adresboek opnieuw controleren</translation>
        </message>
        <message>
            <source>Open and fix</source>
            <translation>Openen en corrigeren</translation>
        </message>
        <message>
            <source>Open the contact on this field (Enter)</source>
            <translation>Het contact openen bij dit veld (Enter)</translation>
        </message>
        <message>
            <source>Checking every contact…</source>
            <translation>Alle contacten worden gecontroleerd…</translation>
        </message>
        <message>
            <source>The check failed: {reason}</source>
            <translation>De controle is mislukt: {reason}</translation>
        </message>
        <message>
            <source>Data quality: not checked yet</source>
            <translation>Datakwaliteit: nog niet gecontroleerd</translation>
        </message>
        <message>
            <source>{n} contacts checked (whole book {when}); kept current as contacts change.</source>
            <translation>{n} contacten gecontroleerd (hele adresboek: {when}); blijft bijgewerkt wanneer contacten wijzigen.</translation>
        </message>
        <message>
            <source>{n} problems found in {m} contacts</source>
            <translation>{n} problemen gevonden in {m} contacten</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Samenvoegen…</translation>
        </message>
    </context>
    <context>
        <name>DeliveryConfigRow</name>
        <message>
            <source>Any brand</source>
            <translation>Elk merk</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Merk</translation>
        </message>
        <message>
            <source>Invoice to</source>
            <translation>Factureren aan</translation>
        </message>
        <message>
            <source>Deliver to</source>
            <translation>Leveren aan</translation>
        </message>
    </context>
    <context>
        <name>DepartmentRow</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
    </context>
    <context>
        <name>DuplicateBanner</name>
        <message>
            <source>Possible duplicate</source>
            <translation>Mogelijk duplicaat</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>Show the existing contact</source>
            <translation>Het bestaande contact tonen</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Samenvoegen…</translation>
        </message>
        <message>
            <source>Merge this contact and the existing one into one</source>
            <translation>Dit contact en het bestaande contact samenvoegen tot één contact</translation>
        </message>
        <message>
            <source>Dismiss: they are different contacts</source>
            <translation>Negeren: het zijn verschillende contacten</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Negeren</translation>
        </message>
        <message>
            <source>Possible duplicate: “{name}” ({reasons})</source>
            <translation>Mogelijk duplicaat: “{name}” ({reasons})</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>geen naam</translation>
        </message>
        <message>
            <source>and 1 more</source>
            <translation>en nog 1</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>en nog {n}</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Duplicates</source>
            <translation>Duplicaten</translation>
        </message>
        <message>
            <source>Contacts that are probably the same party: the same e-mail, phone or VAT number, or a very similar name in the same city. Merge keeps one and moves everything of the other to it.</source>
            <translation>Contacten die waarschijnlijk dezelfde partij zijn: hetzelfde e-mailadres, telefoonnummer of btw-nummer, of een sterk gelijkende naam in dezelfde plaats. Samenvoegen behoudt er één en verplaatst alles van het andere contact daarnaartoe.</translation>
        </message>
        <message>
            <source>Find &amp;duplicates</source>
            <translation>&amp;Duplicaten zoeken</translation>
        </message>
        <message>
            <source>Look through every contact</source>
            <translation>Alle contacten doorzoeken</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Samenvoegen…</translation>
        </message>
        <message>
            <source>Merge the two contacts of the selected pair (Enter)</source>
            <translation>De twee contacten van het geselecteerde paar samenvoegen (Enter)</translation>
        </message>
        <message>
            <source>Open f&amp;irst</source>
            <translation>&amp;Eerste openen</translation>
        </message>
        <message>
            <source>Open &amp;second</source>
            <translation>T&amp;weede openen</translation>
        </message>
        <message>
            <source>&amp;Not duplicates</source>
            <translation>&amp;Geen duplicaten</translation>
        </message>
        <message>
            <source>Take the pair off the list until the next scan (Del)</source>
            <translation>Het paar tot de volgende zoekronde van de lijst halen (Del)</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Duplicaten worden gezocht…</translation>
        </message>
        <message>
            <source>Looking for duplicates… {done} of {total} contacts compared</source>
            <translation>Duplicaten worden gezocht… {done} van {total} contacten vergeleken</translation>
        </message>
        <message>
            <source>Search cancelled: the pairs found so far are listed</source>
            <translation>Zoeken geannuleerd: de tot nu toe gevonden paren staan in de lijst</translation>
        </message>
        <message>
            <source>The search failed: {error}</source>
            <translation>Het zoeken is mislukt: {error}</translation>
        </message>
        <message>
            <source>Choose “Find duplicates” to look through every contact.</source>
            <translation>Kies “Duplicaten zoeken” om alle contacten te doorzoeken.</translation>
        </message>
        <message>
            <source>No likely duplicates.</source>
            <translation>Geen waarschijnlijke duplicaten.</translation>
        </message>
        <message>
            <source>Not searched yet</source>
            <translation>Nog niet gezocht</translation>
        </message>
        <message>
            <source>{n} possible duplicate pair</source>
            <translation>{n} paar mogelijke duplicaten</translation>
        </message>
        <message>
            <source>{n} possible duplicate pairs</source>
            <translation>{n} paren mogelijke duplicaten</translation>
        </message>
        <message>
            <source>{found} (searched at {time})</source>
            <translation>{found} (gezocht om {time})</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesUi</name>
        <message>
            <source>the new contact</source>
            <translation>het nieuwe contact</translation>
        </message>
        <message>
            <source>Merge contacts</source>
            <translation>Contacten samenvoegen</translation>
        </message>
        <message>
            <source>Only saved contacts can be merged. Save “{name}” now, then choose what to keep of both?</source>
            <translation>Alleen opgeslagen contacten kunnen worden samengevoegd. “{name}” nu opslaan en daarna kiezen wat u van beide wilt behouden?</translation>
        </message>
        <message>
            <source>Merged into “{name}”. Edit → Undo (Ctrl+Z) takes the merge back.</source>
            <translation>Samengevoegd in “{name}”. Bewerken → Ongedaan maken (Ctrl+Z) draait het samenvoegen terug.</translation>
        </message>
    </context>
    <context>
        <name>EmailRow</name>
        <message>
            <source>name@example.org</source>
            <translation>naam@example.org</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
    </context>
    <context>
        <name>EnumCombo</name>
        <message>
            <source>Not a documented value; kept as received</source>
            <translation>Geen gedocumenteerde waarde; ongewijzigd bewaard zoals ontvangen</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase this person</source>
            <translation>Deze persoon wissen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Erase all personal data of “{name}”?&lt;/b&gt;</source>
            <translation>&lt;b&gt;Alle persoonsgegevens van “{name}” wissen?&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Kontor removes the person's data from the address book, from the history of changes and from the search, and sends the erasure to every linked account. This cannot be undone.</source>
            <translation>Kontor verwijdert de gegevens van de persoon uit het adresboek, uit de wijzigingsgeschiedenis en uit de zoekfunctie, en stuurt de wissing naar elk gekoppeld account. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Accounting needs this record: it is {reason}.
{rule}</source>
            <translation>De boekhouding heeft dit record nodig: het is {reason}.
{rule}</translation>
        </message>
        <message>
            <source>No invoice or booking refers to this record.</source>
            <translation>Geen factuur of boeking verwijst naar dit record.</translation>
        </message>
        <message>
            <source>No account holds this contact.</source>
            <translation>Geen enkel account bevat dit contact.</translation>
        </message>
        <message>
            <source>&amp;Delete the contact</source>
            <translation>Het contact &amp;verwijderen</translation>
        </message>
        <message>
            <source>&amp;Anonymise it and keep the record for accounting</source>
            <translation>&amp;Anonimiseren en het record bewaren voor de boekhouding</translation>
        </message>
        <message>
            <source>A linked system has no delete: the record is anonymised there.</source>
            <translation>Een gekoppeld systeem kan niet verwijderen: daar wordt het record geanonimiseerd.</translation>
        </message>
        <message>
            <source>I understand that this cannot be &amp;undone</source>
            <translation>Ik begrijp dat dit &amp;niet ongedaan kan worden gemaakt</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Wissen</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export contacts</source>
            <translation>Contacten exporteren</translation>
        </message>
        <message>
            <source>&amp;vCard 4.0 (.vcf) — for address books and phones</source>
            <translation>&amp;vCard 4.0 (.vcf) — voor adresboeken en telefoons</translation>
        </message>
        <message>
            <source>&amp;CSV (.csv) — for spreadsheets</source>
            <translation>&amp;CSV (.csv) — voor spreadsheets</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Indeling</translation>
        </message>
        <message>
            <source>All contacts in &amp;one file</source>
            <translation>Alle contacten in één &amp;bestand</translation>
        </message>
        <message>
            <source>One file &amp;per contact, into a folder</source>
            <translation>Eén bestand &amp;per contact, in een map</translation>
        </message>
        <message>
            <source>vCard files</source>
            <translation>vCard-bestanden</translation>
        </message>
        <message>
            <source>Tick the columns to export; drag them (or use the buttons) to order them</source>
            <translation>Vink de kolommen aan die u wilt exporteren; sleep ze (of gebruik de knoppen) om de volgorde te bepalen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Omh&amp;oog</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Omla&amp;ag</translation>
        </message>
        <message>
            <source>&amp;Default columns</source>
            <translation>&amp;Standaardkolommen</translation>
        </message>
        <message>
            <source>For E&amp;xcel (so that accents show right)</source>
            <translation>Voor E&amp;xcel (zodat accenten goed worden weergegeven)</translation>
        </message>
        <message>
            <source>Writes a byte-order mark at the start of the file, which Excel needs to read UTF-8</source>
            <translation>Schrijft een byte-order mark (BOM) aan het begin van het bestand; Excel heeft die nodig om UTF-8 te lezen</translation>
        </message>
        <message>
            <source>CSV columns</source>
            <translation>CSV-kolommen</translation>
        </message>
        <message>
            <source>Which contacts</source>
            <translation>Welke contacten</translation>
        </message>
        <message>
            <source>The &amp;selected row ({n})</source>
            <translation>De &amp;geselecteerde rij ({n})</translation>
        </message>
        <message>
            <source>The &amp;selected rows ({n})</source>
            <translation>De &amp;geselecteerde rijen ({n})</translation>
        </message>
        <message>
            <source>The &amp;selected rows (none selected)</source>
            <translation>De &amp;geselecteerde rijen (geen geselecteerd)</translation>
        </message>
        <message>
            <source>The {what} shown in the &amp;table ({n}, with its search and filters)</source>
            <translation>De {what} die in de &amp;tabel staan ({n}, met de zoekopdracht en filters)</translation>
        </message>
        <message>
            <source>Show &amp;folder</source>
            <translation>&amp;Map tonen</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personen</translation>
        </message>
        <message>
            <source>organizations</source>
            <translation>organisaties</translation>
        </message>
        <message>
            <source>&amp;All contacts, people and organizations ({n})</source>
            <translation>&amp;Alle contacten, personen en organisaties ({n})</translation>
        </message>
        <message>
            <source>Tick a column</source>
            <translation>Vink een kolom aan</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>Exporteren naar map</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard-bestanden (*.vcf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to “{path}”…</source>
            <translation>Exporteren naar “{path}”…</translation>
        </message>
        <message>
            <source>Exported {n} contact to {where}</source>
            <translation>{n} contact geëxporteerd naar {where}</translation>
        </message>
        <message>
            <source>Exported {n} contacts to {where}</source>
            <translation>{n} contacten geëxporteerd naar {where}</translation>
        </message>
        <message>
            <source>Exported {n} contact into the folder {where} (one file each)</source>
            <translation>{n} contact geëxporteerd naar de map {where} (één bestand per contact)</translation>
        </message>
        <message>
            <source>Exported {n} contacts into the folder {where} (one file each)</source>
            <translation>{n} contacten geëxporteerd naar de map {where} (één bestand per contact)</translation>
        </message>
        <message>
            <source>Nothing was exported: {error}</source>
            <translation>Er is niets geëxporteerd: {error}</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Wat er mis is</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisatie</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Restore this value</source>
            <translation>Deze waarde herstellen</translation>
        </message>
        <message>
            <source>Put the field's old value back as a new edit (Ctrl+Shift+R); Undo takes it back</source>
            <translation>De oude waarde van het veld terugzetten als nieuwe wijziging (Ctrl+Shift+R); Ongedaan maken draait dit terug</translation>
        </message>
        <message>
            <source>A new record has no history yet.</source>
            <translation>Een nieuw record heeft nog geen geschiedenis.</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Er is niets hersteld.</translation>
        </message>
        <message>
            <source>{label} restored to “{value}”. Undo (Ctrl+Z) takes it back.</source>
            <translation>{label} hersteld naar “{value}”. Ongedaan maken (Ctrl+Z) draait dit terug.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
    </context>
    <context>
        <name>HistoryUi</name>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <source>Save or revert your changes to this contact first.</source>
            <translation>Sla eerst uw wijzigingen aan dit contact op of draai ze terug.</translation>
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation>&lt;b&gt;Geschiedenis&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Leden</translation>
        </message>
        <message>
            <source>A value was restored from the history</source>
            <translation>Er is een waarde uit de geschiedenis hersteld</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Show the changes of one field only</source>
            <translation>Alleen de wijzigingen van één veld tonen</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wijziging</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Field:</source>
            <translation>Veld:</translation>
        </message>
        <message>
            <source>1 change</source>
            <translation>1 wijziging</translation>
        </message>
        <message>
            <source>{n} changes</source>
            <translation>{n} wijzigingen</translation>
        </message>
        <message>
            <source>Changed {fields}</source>
            <translation>{fields} gewijzigd</translation>
        </message>
    </context>
    <context>
        <name>IdentityChooser</name>
        <message>
            <source>Type part of a person's name</source>
            <translation>Typ een deel van de naam van een persoon</translation>
        </message>
        <message>
            <source>People cannot be looked up here</source>
            <translation>Personen kunnen hier niet worden opgezocht</translation>
        </message>
        <message>
            <source>(identity {id})</source>
            <translation>(identiteit {id})</translation>
        </message>
        <message>
            <source>Person {person}, identity {identity}</source>
            <translation>Persoon {person}, identiteit {identity}</translation>
        </message>
        <message>
            <source>(no job title)</source>
            <translation>(geen functie)</translation>
        </message>
        <message>
            <source>{job} at {organization}</source>
            <translation>{job} bij {organization}</translation>
        </message>
        <message>
            <source>(works for another organization)</source>
            <translation>(werkt voor een andere organisatie)</translation>
        </message>
        <message>
            <source>(no professional identities)</source>
            <translation>(geen professionele identiteiten)</translation>
        </message>
    </context>
    <context>
        <name>IdentityRefList</name>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
    </context>
    <context>
        <name>IdentityRow</name>
        <message>
            <source>Type part of the name</source>
            <translation>Typ een deel van de naam</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Afdelingen</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <source>Contact points at this organization</source>
            <translation>Contactgegevens bij deze organisatie</translation>
        </message>
        <message>
            <source>The organization cannot change once the record is synced</source>
            <translation>De organisatie kan niet meer worden gewijzigd zodra het record is gesynchroniseerd</translation>
        </message>
        <message>
            <source>Unknown department {id}</source>
            <translation>Onbekende afdeling {id}</translation>
        </message>
        <message>
            <source>Unknown location {id}</source>
            <translation>Onbekende locatie {id}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import contacts — {file}</source>
            <translation>Contacten importeren — {file}</translation>
        </message>
        <message>
            <source>This file cannot be imported</source>
            <translation>Dit bestand kan niet worden geïmporteerd</translation>
        </message>
        <message>
            <source>Nothing was changed in your contacts.</source>
            <translation>Er is niets gewijzigd in uw contacten.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; Vo&amp;rige</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Volgende &gt;</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>Reading “{file}” and comparing it with your contacts…</source>
            <translation>“{file}” wordt gelezen en vergeleken met uw contacten…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Bezig met importeren…</translation>
        </message>
        <message>
            <source>The dry run below has been made again.</source>
            <translation>De proefimport hieronder is opnieuw uitgevoerd.</translation>
        </message>
        <message>
            <source>Nothing was imported: {error}</source>
            <translation>Er is niets geïmporteerd: {error}</translation>
        </message>
        <message>
            <source>The file could not be read: {error}</source>
            <translation>Het bestand kon niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Step 1 of 2: which column goes into which field</source>
            <translation>Stap 1 van 2: welke kolom naar welk veld gaat</translation>
        </message>
        <message>
            <source>Step 2 of 2: what the import will do</source>
            <translation>Stap 2 van 2: wat de import zal doen</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Wat de import zal doen</translation>
        </message>
        <message>
            <source>The file was refused</source>
            <translation>Het bestand is geweigerd</translation>
        </message>
    </context>
    <context>
        <name>IndividualGeneral</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>e.g. Dr.</source>
            <translation>bv. dr.</translation>
        </message>
        <message>
            <source>e.g. MSc</source>
            <translation>bv. MSc</translation>
        </message>
        <message>
            <source>Filled in from the name parts; write your own to override, clear it to go back</source>
            <translation>Samengesteld uit de naamdelen; typ zelf een naam om dit te vervangen, maak het veld leeg om terug te keren</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>Title suffix</source>
            <translation>Titel achter de naam</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Weergavenaam</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Persoonlijk</translation>
        </message>
        <message>
            <source>e.g. nl-BE</source>
            <translation>bv. nl-BE</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geslacht</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Jubileum</translation>
        </message>
        <message>
            <source>Locale</source>
            <translation>Landinstelling</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <source>Owner type</source>
            <translation>Type eigenaar</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
    </context>
    <context>
        <name>Interchange</name>
        <message>
            <source>Error</source>
            <translation>Fout</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Aanmaken</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Bijwerken</translation>
        </message>
        <message>
            <source>Merge with an earlier row</source>
            <translation>Samenvoegen met een eerdere rij</translation>
        </message>
        <message>
            <source>Skip: unchanged</source>
            <translation>Overslaan: ongewijzigd</translation>
        </message>
        <message>
            <source>Skip: invalid</source>
            <translation>Overslaan: ongeldig</translation>
        </message>
        <message>
            <source>Skip: ambiguous</source>
            <translation>Overslaan: dubbelzinnig</translation>
        </message>
        <message>
            <source>Skip: repeated in the file</source>
            <translation>Overslaan: herhaald in het bestand</translation>
        </message>
        <message>
            <source>Skip: in the trash</source>
            <translation>Overslaan: in de prullenbak</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Overslaan</translation>
        </message>
    </context>
    <context>
        <name>InterchangeUi</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <source>Import contacts from a vCard or CSV file</source>
            <translation>Contacten importeren uit een vCard- of CSV-bestand</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>Export contacts as vCard or CSV</source>
            <translation>Contacten exporteren als vCard of CSV</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Contacten importeren</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.txt);;vCard files (*.vcf *.vcard);;CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Contacten (*.vcf *.vcard *.csv *.txt);;vCard-bestanden (*.vcf *.vcard);;CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>{n} created</source>
            <translation>{n} aangemaakt</translation>
        </message>
        <message>
            <source>{n} updated</source>
            <translation>{n} bijgewerkt</translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>{n} overgeslagen</translation>
        </message>
        <message>
            <source>Imported: {counts}.</source>
            <translation>Geïmporteerd: {counts}.</translation>
        </message>
        <message>
            <source>Edit → Undo (Ctrl+Z) takes the import back.</source>
            <translation>Bewerken → Ongedaan maken (Ctrl+Z) draait de import terug.</translation>
        </message>
    </context>
    <context>
        <name>KipBar</name>
        <message>
            <source>Registered with KIP</source>
            <translation>Geregistreerd bij KIP</translation>
        </message>
        <message>
            <source>Registered by the tag “{tag}” chosen in the account</source>
            <translation>Geregistreerd via de tag “{tag}” die in het account is gekozen</translation>
        </message>
        <message>
            <source>Send this organization to KIP with the next sync of “{name}”</source>
            <translation>Deze organisatie bij de volgende synchronisatie van “{name}” naar KIP sturen</translation>
        </message>
        <message>
            <source>Registered with KIP by its tag “{tag}”.</source>
            <translation>Geregistreerd bij KIP via de tag “{tag}”.</translation>
        </message>
        <message>
            <source>KIP has this company. KIP has no delete: unticking stops sending changes, the company stays in KIP.</source>
            <translation>KIP kent dit bedrijf. KIP kan niet verwijderen: uitvinken stopt het verzenden van wijzigingen, het bedrijf blijft in KIP.</translation>
        </message>
        <message>
            <source>Sent to KIP with the next sync.</source>
            <translation>Wordt bij de volgende synchronisatie naar KIP gestuurd.</translation>
        </message>
    </context>
    <context>
        <name>Kontor</name>
        <message>
            <source>Kontor cannot start</source>
            <translation>Kontor kan niet starten</translation>
        </message>
    </context>
    <context>
        <name>LinkOrCreateDialog</name>
        <message>
            <source>Link or create</source>
            <translation>Koppelen of aanmaken</translation>
        </message>
        <message>
            <source>These records came with the first sync of an account and may be contacts here already. Link each to the contact it is, or make it a new contact; nothing is merged or added until you choose.</source>
            <translation>Deze records kwamen binnen met de eerste synchronisatie van een account en staan hier misschien al als contact. Koppel elk record aan het contact waarmee het overeenkomt, of maak er een nieuw contact van; er wordt niets samengevoegd of toegevoegd zolang u niet kiest.</translation>
        </message>
        <message>
            <source>Records to review</source>
            <translation>Te controleren records</translation>
        </message>
        <message>
            <source>&amp;Contacts here that may be the same:</source>
            <translation>&amp;Contacten hier die hetzelfde kunnen zijn:</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Overeenkomst</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;Link to selected</source>
            <translation>&amp;Koppelen aan selectie</translation>
        </message>
        <message>
            <source>The record is this contact: link them (Enter in the list)</source>
            <translation>Het record is dit contact: koppel ze (Enter in de lijst)</translation>
        </message>
        <message>
            <source>Create &amp;new contact</source>
            <translation>&amp;Nieuw contact aanmaken</translation>
        </message>
        <message>
            <source>None of them: make the record a new contact</source>
            <translation>Geen van deze: maak van het record een nieuw contact</translation>
        </message>
        <message>
            <source>Nothing waits for a decision.</source>
            <translation>Er wacht niets op een beslissing.</translation>
        </message>
        <message>
            <source>From {account}</source>
            <translation>Van {account}</translation>
        </message>
        <message>
            <source>“{name}” from {account}</source>
            <translation>“{name}” van {account}</translation>
        </message>
        <message>
            <source>No e-mail, phone or place.</source>
            <translation>Geen e-mail, telefoon of plaats.</translation>
        </message>
        <message>
            <source>{name} (deleted)</source>
            <translation>{name} (verwijderd)</translation>
        </message>
    </context>
    <context>
        <name>LinkedToBar</name>
        <message>
            <source>Linked to:</source>
            <translation>Gekoppeld aan:</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>nog niet verzonden</translation>
        </message>
        <message>
            <source>synced {time}</source>
            <translation>gesynchroniseerd {time}</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>nog niet gesynchroniseerd</translation>
        </message>
        <message>
            <source>Account: {name}</source>
            <translation>Account: {name}</translation>
        </message>
        <message>
            <source>Id there: {id}</source>
            <translation>Id daar: {id}</translation>
        </message>
        <message>
            <source>Last synced: {time}</source>
            <translation>Laatst gesynchroniseerd: {time}</translation>
        </message>
    </context>
    <context>
        <name>LocationRow</name>
        <message>
            <source>:00</source>
            <translation>:00</translation>
        </message>
        <message>
            <source>Leaders of this location</source>
            <translation>Leidinggevenden van deze locatie</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Opent</translation>
        </message>
        <message>
            <source>Closes</source>
            <translation>Sluit</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Kontor — {database}</source>
            <translation>Kontor — {database}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>New &amp;person</source>
            <translation>Nieuwe &amp;persoon</translation>
        </message>
        <message>
            <source>New &amp;organization</source>
            <translation>Nieuwe &amp;organisatie</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Opnieuw &amp;uitvoeren</translation>
        </message>
        <message>
            <source>&amp;Delete contact</source>
            <translation>Contact &amp;verwijderen</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>%1 (%2 contacts)…</source>
            <translation>%1 (%2 contacten)…</translation>
        </message>
        <message>
            <source>Kontor</source>
            <translation>Kontor</translation>
        </message>
    </context>
    <context>
        <name>MembershipRow</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge contacts</source>
            <translation>Contacten samenvoegen</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Blijft</translation>
        </message>
        <message>
            <source>Is merged into it, then moved to the trash</source>
            <translation>Wordt erin samengevoegd en daarna naar de prullenbak verplaatst</translation>
        </message>
        <message>
            <source>&amp;Swap which one stays</source>
            <translation>&amp;Omwisselen welk contact blijft</translation>
        </message>
        <message>
            <source>The merge is one step: Edit → Undo (Ctrl+Z) takes it back.</source>
            <translation>Het samenvoegen is één stap: Bewerken → Ongedaan maken (Ctrl+Z) draait het terug.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Samenvoegen</translation>
        </message>
        <message>
            <source>Comparing the two contacts…</source>
            <translation>De twee contacten worden vergeleken…</translation>
        </message>
        <message>
            <source>Moves to “{name}”: {moves}.</source>
            <translation>Gaat naar “{name}”: {moves}.</translation>
        </message>
        <message>
            <source>Tags are combined; empty fields are filled from the other contact.</source>
            <translation>Tags worden gecombineerd; lege velden worden aangevuld uit het andere contact.</translation>
        </message>
        <message>
            <source>Nothing else moves: “{name}” has no e-mails, phones, addresses, roles or other records.</source>
            <translation>Verder gaat er niets over: “{name}” heeft geen e-mailadressen, telefoonnummers, adressen, rollen of andere records.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(geen naam)</translation>
        </message>
        <message>
            <source>The two contacts do not fill any field differently: nothing to choose.</source>
            <translation>De twee contacten vullen geen enkel veld verschillend in: er valt niets te kiezen.</translation>
        </message>
        <message>
            <source>Both contacts fill these fields differently. Choose the value to keep:</source>
            <translation>Beide contacten vullen deze velden verschillend in. Kies de waarde die u wilt behouden:</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Empty: filled from the other contact</source>
            <translation>Leeg: aangevuld uit het andere contact</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Bezig met samenvoegen…</translation>
        </message>
        <message>
            <source>Cannot merge: {reason}</source>
            <translation>Samenvoegen niet mogelijk: {reason}</translation>
        </message>
        <message>
            <source>The merge failed, nothing was changed: {error}</source>
            <translation>Het samenvoegen is mislukt, er is niets gewijzigd: {error}</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <source>Amount, e.g. 1000.50</source>
            <translation>Bedrag, bv. 1000.50</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Set a date</source>
            <translation>Een datum instellen</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateTimeEdit</name>
        <message>
            <source>Set a date and time</source>
            <translation>Een datum en tijd instellen</translation>
        </message>
    </context>
    <context>
        <name>OrganizationGeneral</name>
        <message>
            <source>Organization</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>e.g. company</source>
            <translation>bv. bedrijf</translation>
        </message>
        <message>
            <source>e.g. NL</source>
            <translation>bv. NL</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Organization type</source>
            <translation>Type organisatie</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>Opgericht</translation>
        </message>
        <message>
            <source>Founding year</source>
            <translation>Oprichtingsjaar</translation>
        </message>
        <message>
            <source>Invoice language</source>
            <translation>Factuurtaal</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registratie</translation>
        </message>
        <message>
            <source>e.g. BE0415928179</source>
            <translation>bv. BE0415928179</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>Btw-nummer</translation>
        </message>
        <message>
            <source>Company registration no.</source>
            <translation>Ondernemingsnr.</translation>
        </message>
        <message>
            <source>UID</source>
            <translation>UID</translation>
        </message>
        <message>
            <source>ZVR</source>
            <translation>ZVR</translation>
        </message>
        <message>
            <source>DVR</source>
            <translation>DVR</translation>
        </message>
        <message>
            <source>External organization ID</source>
            <translation>Externe organisatie-ID</translation>
        </message>
        <message>
            <source>Cannot be changed once the record is synced</source>
            <translation>Kan niet meer worden gewijzigd zodra het record is gesynchroniseerd</translation>
        </message>
    </context>
    <context>
        <name>PairsModel</name>
        <message>
            <source>First</source>
            <translation>Eerste</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>Tweede</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
    </context>
    <context>
        <name>PayerPicker</name>
        <message>
            <source>Type part of a person's or organization's name</source>
            <translation>Typ een deel van de naam van een persoon of organisatie</translation>
        </message>
    </context>
    <context>
        <name>PendingPage</name>
        <message>
            <source>Pending changes</source>
            <translation>Openstaande wijzigingen</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wijziging</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Changes made here that the next sync sends to the server. Discarding a change puts the contact back as the server has it.</source>
            <translation>Wijzigingen die hier zijn gemaakt en die de volgende synchronisatie naar de server stuurt. Als u een wijziging verwerpt, wordt het contact teruggezet zoals de server het heeft.</translation>
        </message>
        <message>
            <source>&amp;Open contact</source>
            <translation>Contact &amp;openen</translation>
        </message>
        <message>
            <source>Show the contact in its editor (Enter)</source>
            <translation>Het contact in de editor tonen (Enter)</translation>
        </message>
        <message>
            <source>&amp;Discard change…</source>
            <translation>Wijziging &amp;verwerpen…</translation>
        </message>
        <message>
            <source>Throw the unsent changes of this contact away (Del)</source>
            <translation>De niet-verzonden wijzigingen van dit contact verwerpen (Del)</translation>
        </message>
        <message>
            <source>Show the changes waiting for one account</source>
            <translation>De wijzigingen tonen die voor één account wachten</translation>
        </message>
        <message>
            <source>Nothing waits to be sent.</source>
            <translation>Er wacht niets op verzending.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nieuw contact</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>Changed: {fields}</source>
            <translation>Gewijzigd: {fields}</translation>
        </message>
        <message>
            <source>{n} save</source>
            <translation>{n} keer opgeslagen</translation>
        </message>
        <message>
            <source>{n} saves</source>
            <translation>{n} keer opgeslagen</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Alle accounts</translation>
        </message>
        <message>
            <source>No changes to send</source>
            <translation>Geen wijzigingen te verzenden</translation>
        </message>
        <message>
            <source>{n} contact with changes to send</source>
            <translation>{n} contact met te verzenden wijzigingen</translation>
        </message>
        <message>
            <source>{n} contacts with changes to send</source>
            <translation>{n} contacten met te verzenden wijzigingen</translation>
        </message>
        <message>
            <source>It was never sent, so it goes to the trash.</source>
            <translation>Het is nooit verzonden en gaat dus naar de prullenbak.</translation>
        </message>
        <message>
            <source>The deletion is not sent: the contact comes back as the server has it.</source>
            <translation>De verwijdering wordt niet verzonden: het contact komt terug zoals de server het heeft.</translation>
        </message>
        <message>
            <source>The contact goes back to the version the server has.</source>
            <translation>Het contact gaat terug naar de versie van de server.</translation>
        </message>
        <message>
            <source>Discard change</source>
            <translation>Wijziging verwerpen</translation>
        </message>
        <message>
            <source>Discard the unsent changes to “{name}”?</source>
            <translation>De niet-verzonden wijzigingen aan “{name}” verwerpen?</translation>
        </message>
        <message>
            <source>Discarding…</source>
            <translation>Bezig met verwerpen…</translation>
        </message>
        <message>
            <source>Changes to “{name}” discarded</source>
            <translation>Wijzigingen aan “{name}” verworpen</translation>
        </message>
    </context>
    <context>
        <name>PhoneRow</name>
        <message>
            <source>+32 9 123 45 67</source>
            <translation>+32 9 123 45 67</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Usages</source>
            <translation>Gebruik</translation>
        </message>
    </context>
    <context>
        <name>PictureHeader</name>
        <message>
            <source>Change picture…</source>
            <translation>Afbeelding wijzigen…</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Afbeelding verwijderen</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(geen naam)</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Kies een afbeelding</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Picture: a picture may be at most 12 MB</source>
            <translation>Afbeelding: een afbeelding mag hoogstens 12 MB groot zijn</translation>
        </message>
        <message>
            <source>Picture: cannot read the file — {error}</source>
            <translation>Afbeelding: het bestand kan niet worden gelezen — {error}</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderEditor</name>
        <message>
            <source>optional: the id in your other system</source>
            <translation>optioneel: de id in uw andere systeem</translation>
        </message>
        <message>
            <source>required</source>
            <translation>verplicht</translation>
        </message>
        <message>
            <source>Active customer</source>
            <translation>Actieve klant</translation>
        </message>
        <message>
            <source>Requires a formal invoice</source>
            <translation>Vereist een formele factuur</translation>
        </message>
        <message>
            <source>Track revenue</source>
            <translation>Omzet bijhouden</translation>
        </message>
        <message>
            <source>Customer number:</source>
            <translation>Klantnummer:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <source>External ID:</source>
            <translation>Externe ID:</translation>
        </message>
        <message>
            <source>Customer since:</source>
            <translation>Klant sinds:</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>Start a new placeholder customer (Ctrl+N)</source>
            <translation>Een nieuwe plaatshouderklant beginnen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Save the placeholder customer (Ctrl+S)</source>
            <translation>De plaatshouderklant opslaan (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Terugdraaien</translation>
        </message>
        <message>
            <source>Undo every change since the last save</source>
            <translation>Alle wijzigingen sinds de laatste keer opslaan ongedaan maken</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Move the placeholder customer to the trash</source>
            <translation>De plaatshouderklant naar de prullenbak verplaatsen</translation>
        </message>
        <message>
            <source>New placeholder customer</source>
            <translation>Nieuwe plaatshouderklant</translation>
        </message>
        <message>
            <source>Placeholder customer {number}</source>
            <translation>Plaatshouderklant {number}</translation>
        </message>
        <message>
            <source>Placeholder customer</source>
            <translation>Plaatshouderklant</translation>
        </message>
        <message>
            <source>Fix the marked fields first</source>
            <translation>Corrigeer eerst de gemarkeerde velden</translation>
        </message>
    </context>
    <context>
        <name>PlaceholdersPage</name>
        <message>
            <source>Placeholder customers</source>
            <translation>Plaatshouderklanten</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Klantnummer</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Klant sinds</translation>
        </message>
        <message>
            <source>Search names, customer numbers, ids…</source>
            <translation>Zoeken op naam, klantnummer, id…</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <source>{n} placeholder customer</source>
            <translation>{n} plaatshouderklant</translation>
        </message>
        <message>
            <source>{n} placeholder customers</source>
            <translation>{n} plaatshouderklanten</translation>
        </message>
        <message>
            <source>{n} match</source>
            <translation>{n} resultaat</translation>
        </message>
        <message>
            <source>{n} matches</source>
            <translation>{n} resultaten</translation>
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation>{matches} van {total}</translation>
        </message>
        <message>
            <source>the new placeholder customer</source>
            <translation>de nieuwe plaatshouderklant</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>Save your changes to “{name}”?</source>
            <translation>Uw wijzigingen aan “{name}” opslaan?</translation>
        </message>
        <message>
            <source>New placeholder customer: fill in the number and the name</source>
            <translation>Nieuwe plaatshouderklant: vul het nummer en de naam in</translation>
        </message>
        <message>
            <source>“{name}” saved</source>
            <translation>“{name}” opgeslagen</translation>
        </message>
        <message>
            <source> (with warnings)</source>
            <translation> (met waarschuwingen)</translation>
        </message>
        <message>
            <source>Not saved: fix the marked field first</source>
            <translation>Niet opgeslagen: corrigeer eerst het gemarkeerde veld</translation>
        </message>
        <message>
            <source>Not saved: fix the {n} marked fields first</source>
            <translation>Niet opgeslagen: corrigeer eerst de {n} gemarkeerde velden</translation>
        </message>
        <message>
            <source>Revert changes</source>
            <translation>Wijzigingen terugdraaien</translation>
        </message>
        <message>
            <source>Throw away your changes to this placeholder customer?</source>
            <translation>Uw wijzigingen aan deze plaatshouderklant verwerpen?</translation>
        </message>
        <message>
            <source>Delete placeholder customer</source>
            <translation>Plaatshouderklant verwijderen</translation>
        </message>
        <message>
            <source>Move “{name}” to the trash?</source>
            <translation>“{name}” naar de prullenbak verplaatsen?</translation>
        </message>
        <message>
            <source>“{name}” moved to the trash</source>
            <translation>“{name}” is naar de prullenbak verplaatst</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>In the file</source>
            <translation>In het bestand</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemen</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>All rows</source>
            <translation>Alle rijen</translation>
        </message>
        <message>
            <source>To create</source>
            <translation>Aan te maken</translation>
        </message>
        <message>
            <source>To update</source>
            <translation>Bij te werken</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Overgeslagen</translation>
        </message>
        <message>
            <source>With problems</source>
            <translation>Met problemen</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>&amp;Tonen:</translation>
        </message>
        <message>
            <source>Filter by name, reason or problem</source>
            <translation>Filteren op naam, reden of probleem</translation>
        </message>
        <message>
            <source>Choose a row to see everything about it.</source>
            <translation>Kies een rij om alle details ervan te zien.</translation>
        </message>
        <message>
            <source>vCard</source>
            <translation>vCard</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>{n} entry</source>
            <translation>{n} vermelding</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>{n} vermeldingen</translation>
        </message>
        <message>
            <source>“{file}” ({kind}, {encoding}): {rows}. Nothing has been changed yet.</source>
            <translation>“{file}” ({kind}, {encoding}): {rows}. Er is nog niets gewijzigd.</translation>
        </message>
        <message>
            <source>{n} to create</source>
            <translation>{n} aan te maken</translation>
        </message>
        <message>
            <source>{n} to update</source>
            <translation>{n} bij te werken</translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>{n} overgeslagen</translation>
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation>{n} ongewijzigd</translation>
        </message>
        <message>
            <source>{n} invalid</source>
            <translation>{n} ongeldig</translation>
        </message>
        <message>
            <source>{n} ambiguous</source>
            <translation>{n} dubbelzinnig</translation>
        </message>
        <message>
            <source>{n} repeated in the file</source>
            <translation>{n} herhaald in het bestand</translation>
        </message>
        <message>
            <source>{n} in the trash</source>
            <translation>{n} in de prullenbak</translation>
        </message>
        <message>
            <source>Import writes these changes as one step: Edit → Undo takes it back.</source>
            <translation>De import schrijft deze wijzigingen in één stap weg: Bewerken → Ongedaan maken draait ze terug.</translation>
        </message>
        <message>
            <source>{n} organization is created for the people who work there.</source>
            <translation>Er wordt {n} organisatie aangemaakt voor de personen die er werken.</translation>
        </message>
        <message>
            <source>{n} organizations are created for the people who work there.</source>
            <translation>Er worden {n} organisaties aangemaakt voor de personen die er werken.</translation>
        </message>
        <message>
            <source>Nothing to import: the contact of this file is already in Kontor, unchanged.</source>
            <translation>Niets te importeren: het contact in dit bestand staat al ongewijzigd in Kontor.</translation>
        </message>
        <message>
            <source>Nothing to import: all {n} contacts of this file are already in Kontor, unchanged.</source>
            <translation>Niets te importeren: alle {n} contacten in dit bestand staan al ongewijzigd in Kontor.</translation>
        </message>
        <message>
            <source>Nothing to import: the file holds no contacts.</source>
            <translation>Niets te importeren: het bestand bevat geen contacten.</translation>
        </message>
        <message>
            <source>Nothing to import: no entry of this file can be imported (see why below).</source>
            <translation>Niets te importeren: geen enkele vermelding in dit bestand kan worden geïmporteerd (zie hieronder waarom).</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} van {total}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>e.g. acme</source>
            <translation>bv. acme</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored token</source>
            <translation>Leeg laten om het opgeslagen token te behouden</translation>
        </message>
        <message>
            <source>&amp;Forget token</source>
            <translation>Token ve&amp;rgeten</translation>
        </message>
        <message>
            <source>Remove the token of this server and organization from the system keychain</source>
            <translation>Het token van deze server en organisatie uit de sleutelhanger van het systeem verwijderen</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>&amp;Verbinding testen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Manual only</source>
            <translation>Alleen handmatig</translation>
        </message>
        <message>
            <source>0 = sync only when you ask for it</source>
            <translation>0 = alleen synchroniseren wanneer u erom vraagt</translation>
        </message>
        <message>
            <source>Sync when Kontor &amp;starts</source>
            <translation>Synchroniseren wanneer Kontor &amp;start</translation>
        </message>
        <message>
            <source>Contacts API server</source>
            <translation>Server van de contacten-API</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>Server&amp;adres:</translation>
        </message>
        <message>
            <source>&amp;Organization id:</source>
            <translation>&amp;Organisatie-id:</translation>
        </message>
        <message>
            <source>API &amp;token:</source>
            <translation>API-&amp;token:</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Sync &amp;every:</source>
            <translation>Synchroniseren &amp;elke:</translation>
        </message>
        <message>
            <source>Looking for a stored token…</source>
            <translation>Opgeslagen token zoeken…</translation>
        </message>
        <message>
            <source>Stored in the system keychain</source>
            <translation>Opgeslagen in de sleutelhanger van het systeem</translation>
        </message>
        <message>
            <source>Taken from KONTOR_API_TOKEN</source>
            <translation>Overgenomen uit KONTOR_API_TOKEN</translation>
        </message>
        <message>
            <source>No token stored</source>
            <translation>Geen token opgeslagen</translation>
        </message>
        <message>
            <source>KONTOR_API_TOKEN is used as long as it is set.</source>
            <translation>KONTOR_API_TOKEN wordt gebruikt zolang die variabele is ingesteld.</translation>
        </message>
        <message>
            <source>The typed token is saved when you press OK.</source>
            <translation>Het getypte token wordt opgeslagen wanneer u op OK drukt.</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>De verbinding wordt getest…</translation>
        </message>
        <message>
            <source>Nothing was saved. {reason}</source>
            <translation>Er is niets opgeslagen. {reason}</translation>
        </message>
        <message>
            <source>Nothing was saved: the settings could not be stored ({reason}).</source>
            <translation>Er is niets opgeslagen: de instellingen konden niet worden bewaard ({reason}).</translation>
        </message>
        <message>
            <source>Something went wrong ({reason}).</source>
            <translation>Er is iets misgegaan ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Wordt</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Afdrukken</translation>
        </message>
        <message>
            <source>The selected contacts ({n})</source>
            <translation>De geselecteerde contacten ({n})</translation>
        </message>
        <message>
            <source>Every contact in the list as filtered ({n})</source>
            <translation>Alle contacten in de gefilterde lijst ({n})</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <source>Label sheet (A4)</source>
            <translation>Etikettenvel (A4)</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Aangepast…</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Vel</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolommen</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rijen</translation>
        </message>
        <message>
            <source>Label width (mm)</source>
            <translation>Etiketbreedte (mm)</translation>
        </message>
        <message>
            <source>Label height (mm)</source>
            <translation>Etikethoogte (mm)</translation>
        </message>
        <message>
            <source>Left margin (mm)</source>
            <translation>Linkermarge (mm)</translation>
        </message>
        <message>
            <source>Top margin (mm)</source>
            <translation>Bovenmarge (mm)</translation>
        </message>
        <message>
            <source>Gap across (mm)</source>
            <translation>Horizontale tussenruimte (mm)</translation>
        </message>
        <message>
            <source>Gap down (mm)</source>
            <translation>Verticale tussenruimte (mm)</translation>
        </message>
        <message>
            <source>The first free label of a partly used sheet (1 = top left, row by row)</source>
            <translation>Het eerste vrije etiket van een deels gebruikt vel (1 = linksboven, rij per rij)</translation>
        </message>
        <message>
            <source>Start at label</source>
            <translation>Beginnen bij etiket</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Envelop</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Formaat</translation>
        </message>
        <message>
            <source>Find our organization…</source>
            <translation>Onze organisatie zoeken…</translation>
        </message>
        <message>
            <source>(no sender printed)</source>
            <translation>(geen afzender afgedrukt)</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Afzender</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Voorbeeld…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Opslaan als PDF…</translation>
        </message>
        <message>
            <source> of {n}</source>
            <translation> van {n}</translation>
        </message>
        <message>
            <source>there is no contact to print</source>
            <translation>er is geen contact om af te drukken</translation>
        </message>
        <message>
            <source>{n} without a postal address left out: {names}</source>
            <translation>{n} zonder postadres weggelaten: {names}</translation>
        </message>
        <message>
            <source>Phone list — {n} contacts — {day}</source>
            <translation>Telefoonlijst — {n} contacten — {day}</translation>
        </message>
        <message>
            <source>Cannot print: {reason}</source>
            <translation>Afdrukken niet mogelijk: {reason}</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Opslaan als PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Saved {file} ({n} pages).</source>
            <translation>{file} opgeslagen ({n} pagina's).</translation>
        </message>
    </context>
    <context>
        <name>PrintingUi</name>
        <message>
            <source>&amp;Print…</source>
            <translation>Af&amp;drukken…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPreferences</name>
        <message>
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message>
            <source> years</source>
            <translation> jaar</translation>
        </message>
        <message>
            <source>People not changed here nor by any linked system for this long are listed under Retention, to review and erase.</source>
            <translation>Personen die zo lang niet zijn gewijzigd, hier noch door een gekoppeld systeem, worden vermeld onder Bewaartermijn, om ze te controleren en te wissen.</translation>
        </message>
        <message>
            <source>&amp;Retention period:</source>
            <translation>&amp;Bewaartermijn:</translation>
        </message>
    </context>
    <context>
        <name>PrivacyUi</name>
        <message>
            <source>&amp;Export everything about this person…</source>
            <translation>&amp;Alles over deze persoon exporteren…</translation>
        </message>
        <message>
            <source>E&amp;rase this person…</source>
            <translation>Deze persoon &amp;wissen…</translation>
        </message>
        <message>
            <source>&amp;Retention list</source>
            <translation>&amp;Bewaartermijnlijst</translation>
        </message>
        <message>
            <source>&amp;Privacy</source>
            <translation>&amp;Privacy</translation>
        </message>
        <message>
            <source>{n} people erased</source>
            <translation>{n} personen gewist</translation>
        </message>
        <message>
            <source>Open a contact in People or Organizations first.</source>
            <translation>Open eerst een contact in Personen of Organisaties.</translation>
        </message>
        <message>
            <source>Export everything about this person to</source>
            <translation>Alles over deze persoon exporteren naar</translation>
        </message>
        <message>
            <source>The PDF could not be written: {error}</source>
            <translation>De PDF kon niet worden geschreven: {error}</translation>
        </message>
        <message>
            <source>Exported everything about “{name}” to {folder}</source>
            <translation>Alles over “{name}” geëxporteerd naar {folder}</translation>
        </message>
        <message>
            <source>The person's data was erased</source>
            <translation>De gegevens van de persoon zijn gewist</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>Click to go to the field</source>
            <translation>Klik om naar het veld te gaan</translation>
        </message>
        <message>
            <source>{errors} error(s) — they must be fixed before saving; {warnings} warning(s)</source>
            <translation>{errors} fout(en) — die moeten vóór het opslaan worden gecorrigeerd; {warnings} waarschuwing(en)</translation>
        </message>
        <message>
            <source>{warnings} warning(s) — the contact can be saved</source>
            <translation>{warnings} waarschuwing(en) — het contact kan worden opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>RecentChangesPage</name>
        <message>
            <source>Recent changes</source>
            <translation>Recente wijzigingen</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>Show older</source>
            <translation>Oudere tonen</translation>
        </message>
        <message>
            <source>{n} recent changes</source>
            <translation>{n} recente wijzigingen</translation>
        </message>
    </context>
    <context>
        <name>RelationshipRow</name>
        <message>
            <source>Type part of the person's name</source>
            <translation>Typ een deel van de naam van de persoon</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
    </context>
    <context>
        <name>RelationshipsSection</name>
        <message>
            <source>Relationships</source>
            <translation>Relaties</translation>
        </message>
        <message>
            <source>Add relationship</source>
            <translation>Relatie toevoegen</translation>
        </message>
        <message>
            <source>No relationships</source>
            <translation>Geen relaties</translation>
        </message>
    </context>
    <context>
        <name>RepresentativeRow</name>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Active from</source>
            <translation>Actief vanaf</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>Retention</source>
            <translation>Bewaartermijn</translation>
        </message>
        <message>
            <source> years</source>
            <translation> jaar</translation>
        </message>
        <message>
            <source>The book's retention period (also in Preferences)</source>
            <translation>De bewaartermijn van het adresboek (ook in Instellingen)</translation>
        </message>
        <message>
            <source>Keep as the book's period</source>
            <translation>Instellen als termijn van het adresboek</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Laatste wijziging</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Alles aanvinken</translation>
        </message>
        <message>
            <source>Erase ticked…</source>
            <translation>Aangevinkte wissen…</translation>
        </message>
        <message>
            <source>People not changed for</source>
            <translation>Personen niet gewijzigd gedurende</translation>
        </message>
        <message>
            <source>{n} person not changed for {years} years</source>
            <translation>{n} persoon niet gewijzigd gedurende {years} jaar</translation>
        </message>
        <message>
            <source>{n} people not changed for {years} years</source>
            <translation>{n} personen niet gewijzigd gedurende {years} jaar</translation>
        </message>
        <message>
            <source>Retention period: {n} years</source>
            <translation>Bewaartermijn: {n} jaar</translation>
        </message>
        <message>
            <source>Tick the people to erase first</source>
            <translation>Vink eerst de personen aan die u wilt wissen</translation>
        </message>
        <message>
            <source>Erase {n} people</source>
            <translation>{n} personen wissen</translation>
        </message>
        <message>
            <source>Erase all personal data of the {n} ticked people? This cannot be undone. Records accounting needs are anonymised instead of deleted.</source>
            <translation>Alle persoonsgegevens van de {n} aangevinkte personen wissen? Dit kan niet ongedaan worden gemaakt. Records die de boekhouding nodig heeft, worden geanonimiseerd in plaats van verwijderd.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>{n} people erased</source>
            <translation>{n} personen gewist</translation>
        </message>
        <message>
            <source>, {n} refused: {why}</source>
            <translation>, {n} geweigerd: {why}</translation>
        </message>
    </context>
    <context>
        <name>RowLabel</name>
        <message>
            <source>Kept on this computer only</source>
            <translation>Alleen op deze computer bewaard</translation>
        </message>
    </context>
    <context>
        <name>RowList</name>
        <message>
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>StringListEditor</name>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>StructureSection</name>
        <message>
            <source>Departments</source>
            <translation>Afdelingen</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>Afdeling toevoegen</translation>
        </message>
        <message>
            <source>No departments</source>
            <translation>Geen afdelingen</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <source>Add location</source>
            <translation>Locatie toevoegen</translation>
        </message>
        <message>
            <source>No locations</source>
            <translation>Geen locaties</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Lidmaatschappen</translation>
        </message>
        <message>
            <source>Add membership</source>
            <translation>Lidmaatschap toevoegen</translation>
        </message>
        <message>
            <source>No memberships</source>
            <translation>Geen lidmaatschappen</translation>
        </message>
        <message>
            <source>Representatives</source>
            <translation>Vertegenwoordigers</translation>
        </message>
        <message>
            <source>Add representative</source>
            <translation>Vertegenwoordiger toevoegen</translation>
        </message>
        <message>
            <source>No representatives</source>
            <translation>Geen vertegenwoordigers</translation>
        </message>
        <message>
            <source>Founders</source>
            <translation>Oprichters</translation>
        </message>
        <message>
            <source>Leaders</source>
            <translation>Leidinggevenden</translation>
        </message>
    </context>
    <context>
        <name>SupplierBox</name>
        <message>
            <source>Supplier</source>
            <translation>Leverancier</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Our number at this supplier</source>
            <translation>Ons nummer bij deze leverancier</translation>
        </message>
        <message>
            <source>13 digits</source>
            <translation>13 cijfers</translation>
        </message>
        <message>
            <source>Assigned by the server</source>
            <translation>Toegekend door de server</translation>
        </message>
        <message>
            <source>Supplier number</source>
            <translation>Leveranciersnummer</translation>
        </message>
        <message>
            <source>Supplier since</source>
            <translation>Leverancier sinds</translation>
        </message>
        <message>
            <source>My customer number</source>
            <translation>Mijn klantnummer</translation>
        </message>
        <message>
            <source>Managed by</source>
            <translation>Beheerd door</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>EU-btw-nummer</translation>
        </message>
        <message>
            <source>Tax registration no.</source>
            <translation>Fiscaal nr.</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Creditor account</source>
            <translation>Crediteurenrekening</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Sync failed: {reason}</source>
            <translation>Synchronisatie mislukt: {reason}</translation>
        </message>
        <message>
            <source>Enter the server address and the organization in Preferences.</source>
            <translation>Vul het serveradres en de organisatie in bij Instellingen.</translation>
        </message>
    </context>
    <context>
        <name>SyncIssuesPage</name>
        <message>
            <source>Sync issues</source>
            <translation>Synchronisatieproblemen</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Probleem</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Show the issues of one account</source>
            <translation>De problemen van één account tonen</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mijn waarde</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Serverwaarde</translation>
        </message>
        <message>
            <source>Click the value to keep, or select it and press Space</source>
            <translation>Klik op de waarde die u wilt behouden, of selecteer ze en druk op de spatiebalk</translation>
        </message>
        <message>
            <source>Base is the value both sides last agreed on. Click the value to keep in each row (or select it and press Space), then apply.</source>
            <translation>Basis is de waarde waarover beide kanten het laatst eens waren. Klik in elke rij op de waarde die u wilt behouden (of selecteer ze en druk op de spatiebalk) en pas daarna toe.</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>Al mijn waarden &amp;behouden</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Alle waarden van de &amp;server overnemen</translation>
        </message>
        <message>
            <source>Edit &amp;contact…</source>
            <translation>&amp;Contact bewerken…</translation>
        </message>
        <message>
            <source>Apply the choices, then open the contact in its editor</source>
            <translation>De keuzes toepassen en daarna het contact in de editor openen</translation>
        </message>
        <message>
            <source>&amp;Apply choices</source>
            <translation>Keuzes &amp;toepassen</translation>
        </message>
        <message>
            <source>What the server said:</source>
            <translation>Wat de server meldde:</translation>
        </message>
        <message>
            <source>Fix the contact in its editor and save, then retry; or retry as it is when the server's problem is gone.</source>
            <translation>Corrigeer het contact in de editor, sla het op en probeer het dan opnieuw; of probeer het ongewijzigd opnieuw zodra het probleem van de server verholpen is.</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Opnieuw proberen</translation>
        </message>
        <message>
            <source>Send the contact again with the next sync</source>
            <translation>Het contact bij de volgende synchronisatie opnieuw verzenden</translation>
        </message>
        <message>
            <source>Review it: link it to the contact it is, or make it a new contact. Until then it is neither merged nor added.</source>
            <translation>Controleer het: koppel het aan het contact waarmee het overeenkomt, of maak er een nieuw contact van. Tot dan wordt het niet samengevoegd en niet toegevoegd.</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>&amp;Controleren…</translation>
        </message>
        <message>
            <source>Link or create, record by record</source>
            <translation>Koppelen of aanmaken, record per record</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Alle accounts</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Niet verzonden</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Refused by the server</source>
            <translation>Geweigerd door de server</translation>
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation>Verwijderd op de server</translation>
        </message>
        <message>
            <source>Changed on the server</source>
            <translation>Gewijzigd op de server</translation>
        </message>
        <message>
            <source>Link or create</source>
            <translation>Koppelen of aanmaken</translation>
        </message>
        <message>
            <source>“{name}” was changed here and on the server. Choose which value to keep for each field.</source>
            <translation>“{name}” is hier en op de server gewijzigd. Kies voor elk veld welke waarde u wilt behouden.</translation>
        </message>
        <message>
            <source>The server refused the changes to “{name}”.</source>
            <translation>De server heeft de wijzigingen aan “{name}” geweigerd.</translation>
        </message>
        <message>
            <source>You changed “{name}” here, but it was deleted on the server.</source>
            <translation>U hebt “{name}” hier gewijzigd, maar het is op de server verwijderd.</translation>
        </message>
        <message>
            <source>You deleted “{name}” here, but it was changed on the server meanwhile.</source>
            <translation>U hebt “{name}” hier verwijderd, maar het is intussen op de server gewijzigd.</translation>
        </message>
        <message>
            <source>“{name}” came with the first sync of {account} and may be a contact here already.</source>
            <translation>“{name}” kwam binnen met de eerste synchronisatie van {account} en staat hier misschien al als contact.</translation>
        </message>
        <message>
            <source>this account</source>
            <translation>dit account</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>No sync issues</source>
            <translation>Geen synchronisatieproblemen</translation>
        </message>
        <message>
            <source>{n} sync issue</source>
            <translation>{n} synchronisatieprobleem</translation>
        </message>
        <message>
            <source>{n} sync issues</source>
            <translation>{n} synchronisatieproblemen</translation>
        </message>
        <message>
            <source>No sync issues. Conflicts and changes the server refused show up here.</source>
            <translation>Geen synchronisatieproblemen. Conflicten en wijzigingen die de server heeft geweigerd, verschijnen hier.</translation>
        </message>
        <message>
            <source>Choose an issue on the left.</source>
            <translation>Kies links een probleem.</translation>
        </message>
        <message>
            <source>The server gave no reason.</source>
            <translation>De server heeft geen reden opgegeven.</translation>
        </message>
        <message>
            <source>&amp;Keep my version (send it again)</source>
            <translation>Mijn versie &amp;behouden (opnieuw verzenden)</translation>
        </message>
        <message>
            <source>The contact is made again on the server, with your changes.</source>
            <translation>Het contact wordt opnieuw aangemaakt op de server, met uw wijzigingen.</translation>
        </message>
        <message>
            <source>A&amp;ccept the deletion</source>
            <translation>De verwijdering &amp;accepteren</translation>
        </message>
        <message>
            <source>The contact goes to the trash here; your changes to it are dropped.</source>
            <translation>Het contact gaat hier naar de prullenbak; uw wijzigingen eraan vervallen.</translation>
        </message>
        <message>
            <source>&amp;Delete on the server too</source>
            <translation>Ook op de server &amp;verwijderen</translation>
        </message>
        <message>
            <source>Your deletion is sent; the server's changes are dropped.</source>
            <translation>Uw verwijdering wordt verzonden; de wijzigingen van de server vervallen.</translation>
        </message>
        <message>
            <source>&amp;Restore the server's version</source>
            <translation>De versie van de server &amp;herstellen</translation>
        </message>
        <message>
            <source>The contact comes back from the trash as the server has it.</source>
            <translation>Het contact komt terug uit de prullenbak zoals de server het heeft.</translation>
        </message>
        <message>
            <source>Conflict of “{name}” settled</source>
            <translation>Conflict van “{name}” opgelost</translation>
        </message>
        <message>
            <source>“{name}” settled</source>
            <translation>“{name}” opgelost</translation>
        </message>
        <message>
            <source>“{name}” is sent again with the next sync</source>
            <translation>“{name}” wordt bij de volgende synchronisatie opnieuw verzonden</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Bezig…</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Show the changes the next sync sends</source>
            <translation>De wijzigingen tonen die de volgende synchronisatie verzendt</translation>
        </message>
        <message>
            <source>Show the sync issues</source>
            <translation>De synchronisatieproblemen tonen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Stop the sync; what was done so far is kept</source>
            <translation>De synchronisatie stoppen; wat al gedaan is, blijft behouden</translation>
        </message>
        <message>
            <source>{n} change to send</source>
            <translation>{n} wijziging te verzenden</translation>
        </message>
        <message>
            <source>{n} changes to send</source>
            <translation>{n} wijzigingen te verzenden</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Nooit gesynchroniseerd</translation>
        </message>
        <message>
            <source>Last sync {time}</source>
            <translation>Laatste synchronisatie {time}</translation>
        </message>
        <message>
            <source>{n} sync issue</source>
            <translation>{n} synchronisatieprobleem</translation>
        </message>
        <message>
            <source>{n} sync issues</source>
            <translation>{n} synchronisatieproblemen</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Uit</translation>
        </message>
        <message>
            <source>Not synced (off)</source>
            <translation>Niet gesynchroniseerd (uit)</translation>
        </message>
        <message>
            <source>{n} to send</source>
            <translation>{n} te verzenden</translation>
        </message>
        <message>
            <source>last sync {time}</source>
            <translation>laatste synchronisatie {time}</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>nooit gesynchroniseerd</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>The last sync reached the server</source>
            <translation>De laatste synchronisatie heeft de server bereikt</translation>
        </message>
        <message>
            <source>The server could not be reached</source>
            <translation>De server kon niet worden bereikt</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>{why} Click to open Preferences.</source>
            <translation>{why} Klik om Instellingen te openen.</translation>
        </message>
        <message>
            <source>Not set up</source>
            <translation>Niet ingesteld</translation>
        </message>
        <message>
            <source>The server refused the API token. Click to open Preferences.</source>
            <translation>De server heeft het API-token geweigerd. Klik om Instellingen te openen.</translation>
        </message>
        <message>
            <source>Token refused</source>
            <translation>Token geweigerd</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Synchronisatie mislukt</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Nog niet gesynchroniseerd</translation>
        </message>
        <message>
            <source>Sync now with F5</source>
            <translation>Nu synchroniseren met F5</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Bezig met synchroniseren…</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Verzenden</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>Checking deletions</source>
            <translation>Verwijderingen controleren</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Synchroniseren</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wordt geannuleerd…</translation>
        </message>
    </context>
    <context>
        <name>SyncUi</name>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Nu synchroniseren</translation>
        </message>
        <message>
            <source>Send your changes and fetch what changed, in every account (F5)</source>
            <translation>Uw wijzigingen verzenden en ophalen wat er gewijzigd is, in elk account (F5)</translation>
        </message>
        <message>
            <source>&amp;Cancel sync</source>
            <translation>Synchronisatie annu&amp;leren</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>S&amp;ynchronisatie</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Accounts…</translation>
        </message>
        <message>
            <source>&amp;Link or create…</source>
            <translation>&amp;Koppelen of aanmaken…</translation>
        </message>
        <message>
            <source>Records of a new account that may be contacts here already</source>
            <translation>Records van een nieuw account die hier misschien al als contact staan</translation>
        </message>
        <message>
            <source>Sync &amp;other accounts</source>
            <translation>An&amp;dere accounts synchroniseren</translation>
        </message>
        <message>
            <source>Sync every enabled account but enfore once (KIP, workspace, …)</source>
            <translation>Alle ingeschakelde accounts behalve enfore één keer synchroniseren (KIP, werkruimte, …)</translation>
        </message>
        <message>
            <source>A sync is running already.</source>
            <translation>Er loopt al een synchronisatie.</translation>
        </message>
        <message>
            <source>No other account to sync.</source>
            <translation>Geen ander account om te synchroniseren.</translation>
        </message>
        <message>
            <source>Syncing {names}…</source>
            <translation>Bezig met synchroniseren van {names}…</translation>
        </message>
        <message>
            <source>Sync failed: {reason}</source>
            <translation>Synchronisatie mislukt: {reason}</translation>
        </message>
        <message>
            <source>The server refused the API token</source>
            <translation>De server heeft het API-token geweigerd</translation>
        </message>
        <message>
            <source>Sync is not set up</source>
            <translation>Synchronisatie is niet ingesteld</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Synchronisatie mislukt</translation>
        </message>
        <message>
            <source>Offline: the server could not be reached; your changes stay queued.</source>
            <translation>Offline: de server kon niet worden bereikt; uw wijzigingen blijven in de wachtrij.</translation>
        </message>
        <message>
            <source>Sync cancelled; what was done so far is kept.</source>
            <translation>Synchronisatie geannuleerd; wat al gedaan is, blijft behouden.</translation>
        </message>
        <message>
            <source>The server refused the API token: enter a valid one in Preferences. Nothing was lost.</source>
            <translation>De server heeft het API-token geweigerd: voer een geldig token in bij Instellingen. Er is niets verloren gegaan.</translation>
        </message>
        <message>
            <source>{n} change sent</source>
            <translation>{n} wijziging verzonden</translation>
        </message>
        <message>
            <source>{n} changes sent</source>
            <translation>{n} wijzigingen verzonden</translation>
        </message>
        <message>
            <source>{n} received</source>
            <translation>{n} ontvangen</translation>
        </message>
        <message>
            <source>{n} merged</source>
            <translation>{n} samengevoegd</translation>
        </message>
        <message>
            <source>{n} deleted</source>
            <translation>{n} verwijderd</translation>
        </message>
        <message>
            <source>{n} conflict</source>
            <translation>{n} conflict</translation>
        </message>
        <message>
            <source>{n} conflicts</source>
            <translation>{n} conflicten</translation>
        </message>
        <message>
            <source>{n} refused</source>
            <translation>{n} geweigerd</translation>
        </message>
        <message>
            <source>{n} deletion waits for your confirmation</source>
            <translation>{n} verwijdering wacht op uw bevestiging</translation>
        </message>
        <message>
            <source>{n} deletions wait for your confirmation</source>
            <translation>{n} verwijderingen wachten op uw bevestiging</translation>
        </message>
        <message>
            <source>Synced: {line}; {waiting}</source>
            <translation>Gesynchroniseerd: {line}; {waiting}</translation>
        </message>
        <message>
            <source>Sync incomplete: {line}</source>
            <translation>Synchronisatie onvolledig: {line}</translation>
        </message>
        <message>
            <source>Synced: {line}</source>
            <translation>Gesynchroniseerd: {line}</translation>
        </message>
        <message>
            <source>{n} contact was deleted on the server. Delete it here too?</source>
            <translation>{n} contact is op de server verwijderd. Ook hier verwijderen?</translation>
        </message>
        <message>
            <source>{n} contacts were deleted on the server. Delete them here too?</source>
            <translation>{n} contacten zijn op de server verwijderd. Ook hier verwijderen?</translation>
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation>Verwijderd op de server</translation>
        </message>
        <message>
            <source>&amp;Delete here too</source>
            <translation>Ook hier &amp;verwijderen</translation>
        </message>
        <message>
            <source>Open &amp;Preferences…</source>
            <translation>&amp;Instellingen openen…</translation>
        </message>
    </context>
    <context>
        <name>TagsPage</name>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacten</translation>
        </message>
        <message>
            <source>Filter tags…</source>
            <translation>Tags filteren…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Naam wijzigen…</translation>
        </message>
        <message>
            <source>Rename the tag on every contact (F2)</source>
            <translation>De naam van de tag bij alle contacten wijzigen (F2)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Take the tag from every contact and delete it</source>
            <translation>De tag bij alle contacten weghalen en verwijderen</translation>
        </message>
        <message>
            <source>{n} tag</source>
            <translation>{n} tag</translation>
        </message>
        <message>
            <source>{n} tags</source>
            <translation>{n} tags</translation>
        </message>
        <message>
            <source>{n} match</source>
            <translation>{n} resultaat</translation>
        </message>
        <message>
            <source>{n} matches</source>
            <translation>{n} resultaten</translation>
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation>{matches} van {total}</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Naam van tag wijzigen</translation>
        </message>
        <message>
            <source>New name of the tag “{name}”:</source>
            <translation>Nieuwe naam van de tag “{name}”:</translation>
        </message>
        <message>
            <source>The tag was deleted meanwhile</source>
            <translation>De tag is intussen verwijderd</translation>
        </message>
        <message>
            <source>Tag “{old}” renamed to “{new}”</source>
            <translation>Naam van tag “{old}” gewijzigd in “{new}”</translation>
        </message>
        <message>
            <source>Remove tag “{name}” from {n} contact?</source>
            <translation>Tag “{name}” weghalen bij {n} contact?</translation>
        </message>
        <message>
            <source>Remove tag “{name}” from {n} contacts?</source>
            <translation>Tag “{name}” weghalen bij {n} contacten?</translation>
        </message>
        <message>
            <source>Delete the tag “{name}”? No contact has it.</source>
            <translation>De tag “{name}” verwijderen? Geen enkel contact heeft deze tag.</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>Tag verwijderen</translation>
        </message>
        <message>
            <source>Deleting the tag “{name}”…</source>
            <translation>De tag “{name}” wordt verwijderd…</translation>
        </message>
        <message>
            <source>Tag “{name}” deleted and taken from {n} contact</source>
            <translation>Tag “{name}” verwijderd en weggehaald bij {n} contact</translation>
        </message>
        <message>
            <source>Tag “{name}” deleted and taken from {n} contacts</source>
            <translation>Tag “{name}” verwijderd en weggehaald bij {n} contacten</translation>
        </message>
        <message>
            <source>The tag “{name}” was deleted already</source>
            <translation>De tag “{name}” was al verwijderd</translation>
        </message>
        <message>
            <source>The tag “{name}” could not be deleted: {error}</source>
            <translation>De tag “{name}” kon niet worden verwijderd: {error}</translation>
        </message>
    </context>
    <context>
        <name>TagsSection</name>
        <message>
            <source>Type a tag and press Enter</source>
            <translation>Typ een tag en druk op Enter</translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Tag toevoegen</translation>
        </message>
        <message>
            <source>Remove tag</source>
            <translation>Tag verwijderen</translation>
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>Trash</source>
            <translation>Prullenbak</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>it was deleted for good meanwhile</source>
            <translation>het is intussen definitief verwijderd</translation>
        </message>
        <message>
            <source>Search the trash…</source>
            <translation>In de prullenbak zoeken…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>Take the chosen contacts out of the trash</source>
            <translation>De gekozen contacten uit de prullenbak halen</translation>
        </message>
        <message>
            <source>Delete permanently…</source>
            <translation>Definitief verwijderen…</translation>
        </message>
        <message>
            <source>Delete the chosen contacts for good (Del)</source>
            <translation>De gekozen contacten definitief verwijderen (Del)</translation>
        </message>
        <message>
            <source>Empty trash…</source>
            <translation>Prullenbak legen…</translation>
        </message>
        <message>
            <source>Delete every contact in the trash for good</source>
            <translation>Alle contacten in de prullenbak definitief verwijderen</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>The trash is empty</source>
            <translation>De prullenbak is leeg</translation>
        </message>
        <message>
            <source>{n} contact in the trash</source>
            <translation>{n} contact in de prullenbak</translation>
        </message>
        <message>
            <source>{n} contacts in the trash</source>
            <translation>{n} contacten in de prullenbak</translation>
        </message>
        <message>
            <source>{n} match</source>
            <translation>{n} resultaat</translation>
        </message>
        <message>
            <source>{n} matches</source>
            <translation>{n} resultaten</translation>
        </message>
        <message>
            <source>{matches} — {total}</source>
            <translation>{matches} — {total}</translation>
        </message>
        <message>
            <source>“{name}” restored</source>
            <translation>“{name}” hersteld</translation>
        </message>
        <message>
            <source>{n} contacts restored</source>
            <translation>{n} contacten hersteld</translation>
        </message>
        <message>
            <source>{n} contact could not be restored:</source>
            <translation>{n} contact kon niet worden hersteld:</translation>
        </message>
        <message>
            <source>{n} contacts could not be restored:</source>
            <translation>{n} contacten konden niet worden hersteld:</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Bezig met herstellen…</translation>
        </message>
        <message>
            <source>Delete “{name}” for good?</source>
            <translation>“{name}” definitief verwijderen?</translation>
        </message>
        <message>
            <source>Delete {n} contacts for good?</source>
            <translation>{n} contacten definitief verwijderen?</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Definitief verwijderen</translation>
        </message>
        <message>
            <source>“{name}” deleted for good</source>
            <translation>“{name}” definitief verwijderd</translation>
        </message>
        <message>
            <source>{n} contacts deleted for good</source>
            <translation>{n} contacten definitief verwijderd</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>Bezig met verwijderen…</translation>
        </message>
        <message>
            <source>Delete the {n} contact in the trash for good?</source>
            <translation>{n} contact in de prullenbak definitief verwijderen?</translation>
        </message>
        <message>
            <source>Delete all {n} contacts in the trash for good?</source>
            <translation>Alle {n} contacten in de prullenbak definitief verwijderen?</translation>
        </message>
        <message>
            <source>So many cannot be undone.</source>
            <translation>Zoveel verwijderingen kunnen niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Prullenbak legen</translation>
        </message>
        <message>
            <source>Emptying the trash…</source>
            <translation>De prullenbak wordt geleegd…</translation>
        </message>
        <message>
            <source>{n} contact deleted for good</source>
            <translation>{n} contact definitief verwijderd</translation>
        </message>
        <message>
            <source> (this cannot be undone)</source>
            <translation> (dit kan niet ongedaan worden gemaakt)</translation>
        </message>
        <message>
            <source>; {n} kept</source>
            <translation>; {n} behouden</translation>
        </message>
        <message>
            <source>{n} contact could not be deleted for good and stays in the trash:</source>
            <translation>{n} contact kon niet definitief worden verwijderd en blijft in de prullenbak:</translation>
        </message>
        <message>
            <source>{n} contacts could not be deleted for good and stay in the trash:</source>
            <translation>{n} contacten konden niet definitief worden verwijderd en blijven in de prullenbak:</translation>
        </message>
        <message>
            <source>{n} kept</source>
            <translation>{n} behouden</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… en nog {n}</translation>
        </message>
    </context>
    <context>
        <name>WebAddressRow</name>
        <message>
            <source>https://</source>
            <translation>https://</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Webadres</translation>
        </message>
    </context>
    <context>
        <name>WorkSection</name>
        <message>
            <source>Professional identities</source>
            <translation>Professionele identiteiten</translation>
        </message>
        <message>
            <source>Add professional identity</source>
            <translation>Professionele identiteit toevoegen</translation>
        </message>
        <message>
            <source>Not linked to any organization</source>
            <translation>Niet gekoppeld aan een organisatie</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceBar</name>
        <message>
            <source>not read yet</source>
            <extracomment>``(account name, workspace organization)`` of each workspace account whose own organization is the contact.</extracomment>
            <translation>nog niet gelezen</translation>
        </message>
        <message>
            <source>slug</source>
            <translation>slug</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>Our own organization in the workspace “{name}”{details} (account “{account}”): its locations and office hours sync with it. The name, slug and status are the workspace's — change them there.</source>
            <translation>Onze eigen organisatie in de werkruimte “{name}”{details} (account “{account}”): de locaties en openingstijden worden ermee gesynchroniseerd. De naam, slug en status komen van de werkruimte — wijzig ze daar.</translation>
        </message>
    </context>
    <context>
        <name>_GeneralBase</name>
        <message>
            <source>Kept on this computer only — not sent to {account}</source>
            <translation>Alleen op deze computer bewaard — niet verzonden naar {account}</translation>
        </message>
        <message>
            <source>Fields with this mark and the custom fields are kept on this computer only — {account} does not carry them.</source>
            <translation>Velden met deze markering en de eigen velden worden alleen op deze computer bewaard — {account} ondersteunt ze niet.</translation>
        </message>
        <message>
            <source>Fields with this mark are kept on this computer only — {account} does not carry them.</source>
            <translation>Velden met deze markering worden alleen op deze computer bewaard — {account} ondersteunt ze niet.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>ID in another system</source>
            <translation>ID in een ander systeem</translation>
        </message>
        <message>
            <source>Only visible here</source>
            <translation>Alleen hier zichtbaar</translation>
        </message>
        <message>
            <source>External ID</source>
            <translation>Externe ID</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne notitie</translation>
        </message>
    </context>
    <context>
        <name>_PointRow</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Context</translation>
        </message>
        <message>
            <source>A note, e.g. "only mornings"</source>
            <translation>Een notitie, bv. "alleen 's ochtends"</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
    </context>
</TS>

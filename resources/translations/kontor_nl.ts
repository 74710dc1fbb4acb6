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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DuplicateBanner</name>
        <message>
            <source>Possible duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the existing contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge this contact and the existing one into one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss: they are different contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicate: “{name}” ({reasons})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and 1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and {n} more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts that are probably the same party: the same e-mail, phone or VAT number, or a very similar name in the same city. Merge keeps one and moves everything of the other to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find &amp;duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look through every contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge the two contacts of the selected pair (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open f&amp;irst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Not duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the pair off the list until the next scan (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for duplicates… {done} of {total} contacts compared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search cancelled: the pairs found so far are listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose “Find duplicates” to look through every contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No likely duplicates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not searched yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} possible duplicate pair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} possible duplicate pairs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{found} (searched at {time})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DuplicatesUi</name>
        <message>
            <source>the new contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only saved contacts can be merged. Save “{name}” now, then choose what to keep of both?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged into “{name}”. Edit → Undo (Ctrl+Z) takes the merge back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmailRow</name>
        <message>
            <source>name@example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnumCombo</name>
        <message>
            <source>Not a documented value; kept as received</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Erase all personal data of “{name}”?&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontor removes the person's data from the address book, from the history of changes and from the search, and sends the erasure to every linked account. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounting needs this record: it is {reason}.
{rule}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No invoice or booking refers to this record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No account holds this contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Anonymise it and keep the record for accounting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A linked system has no delete: the record is anonymised there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand that this cannot be &amp;undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;vCard 4.0 (.vcf) — for address books and phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;CSV (.csv) — for spreadsheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All contacts in &amp;one file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One file &amp;per contact, into a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the columns to export; drag them (or use the buttons) to order them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Default columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For E&amp;xcel (so that accents show right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes a byte-order mark at the start of the file, which Excel needs to read UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The &amp;selected row ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The &amp;selected rows ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The &amp;selected rows (none selected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} shown in the &amp;table ({n}, with its search and filters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;All contacts, people and organizations ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick a column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export into folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting to “{path}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {n} contact to {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {n} contacts to {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {n} contact into the folder {where} (one file each)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {n} contacts into the folder {where} (one file each)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was exported: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Restore this value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the field's old value back as a new edit (Ctrl+Shift+R); Undo takes it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new record has no history yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} restored to “{value}”. Undo (Ctrl+Z) takes it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryUi</name>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save or revert your changes to this contact first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A value was restored from the history</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Show the changes of one field only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed {fields}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdentityChooser</name>
        <message>
            <source>Type part of a person's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People cannot be looked up here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(identity {id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person {person}, identity {identity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no job title)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{job} at {organization}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(works for another organization)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no professional identities)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdentityRefList</name>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdentityRow</name>
        <message>
            <source>Type part of the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Departments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact points at this organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organization cannot change once the record is synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown department {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown location {id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import contacts — {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed in your contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading “{file}” and comparing it with your contacts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dry run below has been made again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step 1 of 2: which column goes into which field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step 2 of 2: what the import will do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the import will do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file was refused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IndividualGeneral</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Dr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. MSc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filled in from the name parts; write your own to override, clear it to go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title suffix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Display name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. nl-BE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anniversary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Interchange</name>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge with an earlier row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip: unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip: invalid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip: ambiguous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip: repeated in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip: in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InterchangeUi</name>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts from a vCard or CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export contacts as vCard or CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.txt);;vCard files (*.vcf *.vcard);;CSV files (*.csv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: {counts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit → Undo (Ctrl+Z) takes the import back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KipBar</name>
        <message>
            <source>Registered with KIP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered by the tag “{tag}” chosen in the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send this organization to KIP with the next sync of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered with KIP by its tag “{tag}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KIP has this company. KIP has no delete: unticking stops sending changes, the company stays in KIP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to KIP with the next sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Kontor</name>
        <message>
            <source>Kontor cannot start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkOrCreateDialog</name>
        <message>
            <source>Link or create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These records came with the first sync of an account and may be contacts here already. Link each to the contact it is, or make it a new contact; nothing is merged or added until you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Contacts here that may be the same:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Link to selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record is this contact: link them (Enter in the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create &amp;new contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of them: make the record a new contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing waits for a decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {account}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” from {account}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No e-mail, phone or place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (deleted)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkedToBar</name>
        <message>
            <source>Linked to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>synced {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Id there: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last synced: {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocationRow</name>
        <message>
            <source>:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaders of this location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Kontor — {database}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 contacts)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MembershipRow</name>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is merged into it, then moved to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Swap which one stays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The merge is one step: Edit → Undo (Ctrl+Z) takes it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comparing the two contacts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moves to “{name}”: {moves}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags are combined; empty fields are filled from the other contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing else moves: “{name}” has no e-mails, phones, addresses, roles or other records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two contacts do not fill any field differently: nothing to choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both contacts fill these fields differently. Choose the value to keep:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty: filled from the other contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merging…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot merge: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The merge failed, nothing was changed: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <source>Amount, e.g. 1000.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Set a date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OptionalDateTimeEdit</name>
        <message>
            <source>Set a date and time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganizationGeneral</name>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. NL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Founded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Founding year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. BE0415928179</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company registration no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ZVR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DVR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>External organization ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot be changed once the record is synced</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PairsModel</name>
        <message>
            <source>First</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PayerPicker</name>
        <message>
            <source>Type part of a person's or organization's name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PendingPage</name>
        <message>
            <source>Pending changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes made here that the next sync sends to the server. Discarding a change puts the contact back as the server has it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the contact in its editor (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Discard change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Throw the unsent changes of this contact away (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the changes waiting for one account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing waits to be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed: {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} saves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contact with changes to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contacts with changes to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was never sent, so it goes to the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The deletion is not sent: the contact comes back as the server has it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact goes back to the version the server has.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the unsent changes to “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discarding…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes to “{name}” discarded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhoneRow</name>
        <message>
            <source>+32 9 123 45 67</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PictureHeader</name>
        <message>
            <source>Change picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture: a picture may be at most 12 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture: cannot read the file — {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlaceholderEditor</name>
        <message>
            <source>optional: the id in your other system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requires a formal invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Track revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>External ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer since:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new placeholder customer (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the placeholder customer (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo every change since the last save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the placeholder customer to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New placeholder customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placeholder customer {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placeholder customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix the marked fields first</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlaceholdersPage</name>
        <message>
            <source>Placeholder customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search names, customer numbers, ids…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} placeholder customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} placeholder customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the new placeholder customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your changes to “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New placeholder customer: fill in the number and the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (with warnings)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: fix the marked field first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: fix the {n} marked fields first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Throw away your changes to this placeholder customer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete placeholder customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move “{name}” to the trash?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” moved to the trash</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>In the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>All rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by name, reason or problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a row to see everything about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” ({kind}, {encoding}): {rows}. Nothing has been changed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} to create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} to update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} invalid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} ambiguous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} repeated in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import writes these changes as one step: Edit → Undo takes it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} organization is created for the people who work there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} organizations are created for the people who work there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to import: the contact of this file is already in Kontor, unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to import: all {n} contacts of this file are already in Kontor, unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to import: the file holds no contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to import: no entry of this file can be imported (see why below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. acme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave empty to keep the stored token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forget token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the token of this server and organization from the system keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manual only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 = sync only when you ask for it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync when Kontor &amp;starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts API server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organization id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API &amp;token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync &amp;every:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for a stored token…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored in the system keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken from KONTOR_API_TOKEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No token stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KONTOR_API_TOKEN is used as long as it is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The typed token is saved when you press OK.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: the settings could not be stored ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong ({reason}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Becomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected contacts ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every contact in the list as filtered ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label sheet (A4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label width (mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label height (mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left margin (mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top margin (mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gap across (mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gap down (mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first free label of a partly used sheet (1 = top left, row by row)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start at label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Envelope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find our organization…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no sender printed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> of {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no contact to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} without a postal address left out: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone list — {n} contacts — {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot print: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {file} ({n} pages).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintingUi</name>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyPreferences</name>
        <message>
            <source>Privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People not changed here nor by any linked system for this long are listed under Retention, to review and erase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Retention period:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyUi</name>
        <message>
            <source>&amp;Export everything about this person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;rase this person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Retention list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} people erased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a contact in People or Organizations first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export everything about this person to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be written: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported everything about “{name}” to {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person's data was erased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privacy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>Click to go to the field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{errors} error(s) — they must be fixed before saving; {warnings} warning(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{warnings} warning(s) — the contact can be saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecentChangesPage</name>
        <message>
            <source>Recent changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show older</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} recent changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelationshipRow</name>
        <message>
            <source>Type part of the person's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelationshipsSection</name>
        <message>
            <source>Relationships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No relationships</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RepresentativeRow</name>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>Retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The book's retention period (also in Preferences)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep as the book's period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase ticked…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People not changed for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} person not changed for {years} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} people not changed for {years} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention period: {n} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the people to erase first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase {n} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase all personal data of the {n} ticked people? This cannot be undone. Records accounting needs are anonymised instead of deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} people erased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, {n} refused: {why}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RowLabel</name>
        <message>
            <source>Kept on this computer only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RowList</name>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StringListEditor</name>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StructureSection</name>
        <message>
            <source>Departments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No departments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memberships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add membership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No memberships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representatives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No representatives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Founders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaders</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SupplierBox</name>
        <message>
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our number at this supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>13 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assigned by the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supplier number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supplier since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My customer number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Managed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EU VAT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax registration no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GLN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creditor account</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Sync failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the server address and the organization in Preferences.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncIssuesPage</name>
        <message>
            <source>Sync issues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the issues of one account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click the value to keep, or select it and press Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base is the value both sides last agreed on. Click the value to keep in each row (or select it and press Space), then apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit &amp;contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply the choices, then open the contact in its editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Apply choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the server said:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix the contact in its editor and save, then retry; or retry as it is when the server's problem is gone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the contact again with the next sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review it: link it to the contact it is, or make it a new contact. Until then it is neither merged nor added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link or create, record by record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused by the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link or create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was changed here and on the server. Choose which value to keep for each field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the changes to “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You changed “{name}” here, but it was deleted on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You deleted “{name}” here, but it was changed on the server meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” came with the first sync of {account} and may be a contact here already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sync issues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} sync issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} sync issues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sync issues. Conflicts and changes the server refused show up here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an issue on the left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server gave no reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep my version (send it again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact is made again on the server, with your changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ccept the deletion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact goes to the trash here; your changes to it are dropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete on the server too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your deletion is sent; the server's changes are dropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore the server's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact comes back from the trash as the server has it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict of “{name}” settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is sent again with the next sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Show the changes the next sync sends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the sync issues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the sync; what was done so far is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} change to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} changes to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} sync issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} sync issues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced (off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last sync {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last sync reached the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not be reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{why} Click to open Preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the API token. Click to open Preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now with F5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking deletions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncUi</name>
        <message>
            <source>&amp;Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send your changes and fetch what changed, in every account (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Link or create…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records of a new account that may be contacts here already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync &amp;other accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync every enabled account but enfore once (KIP, workspace, …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sync is running already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No other account to sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing {names}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the API token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync is not set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline: the server could not be reached; your changes stay queued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync cancelled; what was done so far is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the API token: enter a valid one in Preferences. Nothing was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} change sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} changes sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} deletion waits for your confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} deletions wait for your confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced: {line}; {waiting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync incomplete: {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced: {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contact was deleted on the server. Delete it here too?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contacts were deleted on the server. Delete them here too?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete here too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagsPage</name>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter tags…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the tag on every contact (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the tag from every contact and delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name of the tag “{name}”:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tag was deleted meanwhile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag “{old}” renamed to “{new}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove tag “{name}” from {n} contact?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove tag “{name}” from {n} contacts?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the tag “{name}”? No contact has it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleting the tag “{name}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag “{name}” deleted and taken from {n} contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag “{name}” deleted and taken from {n} contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tag “{name}” was deleted already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tag “{name}” could not be deleted: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagsSection</name>
        <message>
            <source>Type a tag and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove tag</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it was deleted for good meanwhile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the chosen contacts out of the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete permanently…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the chosen contacts for good (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete every contact in the trash for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trash is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contact in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contacts in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{matches} — {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contacts restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contact could not be restored:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contacts could not be restored:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{name}” for good?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {n} contacts for good?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete permanently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” deleted for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contacts deleted for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the {n} contact in the trash for good?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all {n} contacts in the trash for good?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>So many cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emptying the trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contact deleted for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (this cannot be undone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; {n} kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contact could not be deleted for good and stays in the trash:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} contacts could not be deleted for good and stay in the trash:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {n} more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WebAddressRow</name>
        <message>
            <source>https://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkSection</name>
        <message>
            <source>Professional identities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add professional identity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not linked to any organization</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkspaceBar</name>
        <message>
            <source>not read yet</source>
            <extracomment>``(account name, workspace organization)`` of each workspace account whose own organization is the contact.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our own organization in the workspace “{name}”{details} (account “{account}”): its locations and office hours sync with it. The name, slug and status are the workspace's — change them there.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_GeneralBase</name>
        <message>
            <source>Kept on this computer only — not sent to {account}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields with this mark and the custom fields are kept on this computer only — {account} does not carry them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields with this mark are kept on this computer only — {account} does not carry them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID in another system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only visible here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>External ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internal note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_PointRow</name>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note, e.g. "only mornings"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

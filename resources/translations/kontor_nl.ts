<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name />
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} en nog %n</numerusform>
                <numerusform>{names} en nog %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identical</source>
            <translation>
                <numerusform>%n identiek</numerusform>
                <numerusform>%n identiek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invalid</source>
            <translation>
                <numerusform>%n ongeldig</numerusform>
                <numerusform>%n ongeldig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ambiguous</source>
            <translation>
                <numerusform>%n dubbelzinnig</numerusform>
                <numerusform>%n dubbelzinnig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate</source>
            <translation>
                <numerusform>%n duplicaat</numerusform>
                <numerusform>%n duplicaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in trash</source>
            <translation>
                <numerusform>%n in de prullenbak</numerusform>
                <numerusform>%n in de prullenbak</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n aan te maken</numerusform>
                <numerusform>%n aan te maken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to update</source>
            <translation>
                <numerusform>%n bij te werken</numerusform>
                <numerusform>%n bij te werken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n samengevoegd</numerusform>
                <numerusform>%n samengevoegd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n overgeslagen</numerusform>
                <numerusform>%n overgeslagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n created</source>
            <translation>
                <numerusform>%n aangemaakt</numerusform>
                <numerusform>%n aangemaakt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n bijgewerkt</numerusform>
                <numerusform>%n bijgewerkt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records missing from {system}'s list still exist there: nothing was deleted.</source>
            <translation>
                <numerusform>%n record dat in de lijst van {system} ontbrak, bestaat daar nog: er is niets verwijderd.</numerusform>
                <numerusform>%n records die in de lijst van {system} ontbraken, bestaan daar nog: er is niets verwijderd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records were deleted in {system}. They are kept here until you confirm that they should be deleted here too.</source>
            <translation>
                <numerusform>%n record is in {system} verwijderd. Het blijft hier bewaard tot u bevestigt dat het ook hier verwijderd mag worden.</numerusform>
                <numerusform>%n records zijn in {system} verwijderd. Ze blijven hier bewaard tot u bevestigt dat ze ook hier verwijderd mogen worden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records missing from the server's list still exist there: the list was incomplete, nothing was deleted.</source>
            <translation>
                <numerusform>%n record dat in de lijst van de server ontbrak, bestaat daar nog: de lijst was onvolledig, er is niets verwijderd.</numerusform>
                <numerusform>%n records die in de lijst van de server ontbraken, bestaan daar nog: de lijst was onvolledig, er is niets verwijderd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records were deleted on the server. They are kept here until you confirm that they should be deleted here too.</source>
            <translation>
                <numerusform>%n record is op de server verwijderd. Het blijft hier bewaard tot u bevestigt dat het ook hier verwijderd mag worden.</numerusform>
                <numerusform>%n records zijn op de server verwijderd. Ze blijven hier bewaard tot u bevestigt dat ze ook hier verwijderd mogen worden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n verzonden</numerusform>
                <numerusform>%n verzonden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n verwijderd</numerusform>
                <numerusform>%n verwijderd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n geweigerd</numerusform>
                <numerusform>%n geweigerd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for the next sync</source>
            <translation>
                <numerusform>%n wacht op de volgende synchronisatie</numerusform>
                <numerusform>%n wachten op de volgende synchronisatie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines as {encoding}</source>
            <translation>
                <numerusform>%n regel als {encoding}</numerusform>
                <numerusform>%n regels als {encoding}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines outside BEGIN:VCARD … END:VCARD were ignored.</source>
            <translation>
                <numerusform>%n regel buiten BEGIN:VCARD … END:VCARD is genegeerd.</numerusform>
                <numerusform>%n regels buiten BEGIN:VCARD … END:VCARD zijn genegeerd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organizations are named “{name}”: rename one, or choose it in Preferences → Accounts.</source>
            <translation>
                <numerusform>%n organisatie heet “{name}”: wijzig de naam, of kies de juiste in Instellingen → Accounts.</numerusform>
                <numerusform>%n organisaties heten “{name}”: wijzig de naam van een ervan, of kies de juiste in Instellingen → Accounts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed account “{name}”. The %n contacts stay in the database.</source>
            <translation>
                <numerusform>Account “{name}” verwijderd. Het %n contact blijft in de database.</numerusform>
                <numerusform>Account “{name}” verwijderd. De %n contacten blijven in de database.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people not changed for {years} years:</source>
            <translation>
                <numerusform>%n persoon niet gewijzigd gedurende {years} jaar:</numerusform>
                <numerusform>%n personen niet gewijzigd gedurende {years} jaar:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more skipped rows</source>
            <translation>
                <numerusform>… en nog %n overgeslagen rij</numerusform>
                <numerusform>… en nog %n overgeslagen rijen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contacts.</source>
            <translation>
                <numerusform>%n contact geëxporteerd.</numerusform>
                <numerusform>%n contacten geëxporteerd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contacts to {path}.</source>
            <translation>
                <numerusform>%n contact geëxporteerd naar {path}.</numerusform>
                <numerusform>%n contacten geëxporteerd naar {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Phone list — %n contacts — {date}</source>
            <translation>
                <numerusform>Telefoonlijst — %n contact — {date}</numerusform>
                <numerusform>Telefoonlijst — %n contacten — {date}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} (%n page)</source>
            <translation>
                <numerusform>{path} opgeslagen (%n pagina)</numerusform>
                <numerusform>{path} opgeslagen (%n pagina's)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} (%n pages)</source>
            <translation>
                <numerusform>{path} opgeslagen (%n pagina)</numerusform>
                <numerusform>{path} opgeslagen (%n pagina's)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change waiting to be sent</source>
            <translation>
                <numerusform>%n wijziging wacht op verzending</numerusform>
                <numerusform>%n wijzigingen wachten op verzending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes waiting to be sent</source>
            <translation>
                <numerusform>%n wijziging wacht op verzending</numerusform>
                <numerusform>%n wijzigingen wachten op verzending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sync issue</source>
            <translation>
                <numerusform>%n synchronisatieprobleem</numerusform>
                <numerusform>%n synchronisatieproblemen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sync issues</source>
            <translation>
                <numerusform>%n synchronisatieprobleem</numerusform>
                <numerusform>%n synchronisatieproblemen</numerusform>
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
            <source>the payer of %n customers</source>
            <translation>
                <numerusform>de betaler van %n klant</numerusform>
                <numerusform>de betaler van %n klanten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>adding %n contacts to {name}</source>
            <translation>
                <numerusform>%n contact toevoegen aan {name}</numerusform>
                <numerusform>%n contacten toevoegen aan {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>taking %n contacts out of {name}</source>
            <translation>
                <numerusform>%n contact uit {name} halen</numerusform>
                <numerusform>%n contacten uit {name} halen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n work details stay here only: their organizations are not Kanbert companies, and Kontor cannot create companies in Kanbert.</source>
            <translation>
                <numerusform>%n werkgegeven blijft alleen hier: de organisatie is geen Kanbert-bedrijf en Kontor kan in Kanbert geen bedrijven aanmaken.</numerusform>
                <numerusform>%n werkgegevens blijven alleen hier: hun organisaties zijn geen Kanbert-bedrijven en Kontor kan in Kanbert geen bedrijven aanmaken.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n companies missing from {system}'s list could not be confirmed gone: none is unlinked.</source>
            <translation>
                <numerusform>%n bedrijf dat in de lijst van {system} ontbreekt, kon niet als verwijderd worden bevestigd: er wordt niets ontkoppeld.</numerusform>
                <numerusform>%n bedrijven die in de lijst van {system} ontbreken, konden niet als verwijderd worden bevestigd: er wordt niets ontkoppeld.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n companies are gone from {system}: more than the safety limit, so none is unlinked until you confirm the deletions.</source>
            <translation>
                <numerusform>%n bedrijf is verdwenen uit {system}: meer dan de veiligheidsgrens, dus er wordt niets ontkoppeld totdat u de verwijderingen bevestigt.</numerusform>
                <numerusform>%n bedrijven zijn verdwenen uit {system}: meer dan de veiligheidsgrens, dus er wordt niets ontkoppeld totdat u de verwijderingen bevestigt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: synced; %n companies gone there stay linked until you confirm</source>
            <translation>
                <numerusform>{name}: gesynchroniseerd; %n bedrijf dat daar weg is, blijft gekoppeld tot u bevestigt</numerusform>
                <numerusform>{name}: gesynchroniseerd; %n bedrijven die daar weg zijn, blijven gekoppeld tot u bevestigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: synced; %n records deleted there are kept here for now</source>
            <translation>
                <numerusform>{name}: gesynchroniseerd; %n record dat daar is verwijderd, blijft hier voorlopig bewaard</numerusform>
                <numerusform>{name}: gesynchroniseerd; %n records die daar zijn verwijderd, blijven hier voorlopig bewaard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records are gone from {account}: {deletions} contacts deleted there go to the trash here, {unlinks} companies gone there are only unlinked. Apply this here?</source>
            <translation>
                <numerusform>%n record is weg uit {account}: {deletions} daar verwijderde contacten gaan hier naar de prullenbak, {unlinks} daar verdwenen bedrijven worden alleen ontkoppeld. Hier toepassen?</numerusform>
                <numerusform>%n records zijn weg uit {account}: {deletions} daar verwijderde contacten gaan hier naar de prullenbak, {unlinks} daar verdwenen bedrijven worden alleen ontkoppeld. Hier toepassen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n companies are gone from {account}. Unlink their organizations here? They stay in your address book.</source>
            <translation>
                <numerusform>%n bedrijf is weg uit {account}. De organisatie hier ontkoppelen? Ze blijft in uw adresboek.</numerusform>
                <numerusform>%n bedrijven zijn weg uit {account}. Hun organisaties hier ontkoppelen? Ze blijven in uw adresboek.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contacts were deleted in {account}. Delete them here too?</source>
            <translation>
                <numerusform>%n contact is verwijderd in {account}. Hier ook verwijderen?</numerusform>
                <numerusform>%n contacten zijn verwijderd in {account}. Hier ook verwijderen?</numerusform>
            </translation>
        </message>
    </context>
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
            <source>{label}:</source>
            <translation>{label}:</translation>
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
        <name>Accounts</name>
        <message>
            <source>enfore Contacts API</source>
            <extracomment>The type as the user reads it (English: show it with ``translate("Accounts", label)``).</extracomment>
            <translation>enfore Contacts API</translation>
        </message>
        <message>
            <source>Kanbert</source>
            <translation>Kanbert</translation>
        </message>
        <message>
            <source>Partner organizations</source>
            <translation>Partnerorganisaties</translation>
        </message>
        <message>
            <source>CardDAV</source>
            <translation>CardDAV</translation>
        </message>
        <message>
            <source>KIP companies</source>
            <translation>KIP-bedrijven</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Werkruimte</translation>
        </message>
        <message>
            <source>Organization id</source>
            <extracomment>What the tenant is called for each type (types without one do not ask for it; English: show it with ``translate("Accounts", label)``).</extracomment>
            <translation>Organisatie-id</translation>
        </message>
        <message>
            <source>Partner id</source>
            <translation>Partner-id</translation>
        </message>
        <message>
            <source>Address book</source>
            <translation>Adresboek</translation>
        </message>
        <message>
            <source>Unknown account type “{type}”: choose one of {types}.</source>
            <translation>Onbekend accounttype “{type}”: kies een van {types}.</translation>
        </message>
        <message>
            <source>Enter a name for the account.</source>
            <translation>Voer een naam in voor het account.</translation>
        </message>
        <message>
            <source>The account name is at most {most} characters long.</source>
            <translation>De accountnaam mag hoogstens {most} tekens lang zijn.</translation>
        </message>
        <message>
            <source>The account name must not contain control characters.</source>
            <translation>De accountnaam mag geen besturingstekens bevatten.</translation>
        </message>
        <message>
            <source>The user is at most {most} characters long.</source>
            <translation>De gebruikersnaam mag hoogstens {most} tekens lang zijn.</translation>
        </message>
        <message>
            <source>Choose the address book (its path on the server, e.g. /alice/contacts/).</source>
            <translation>Kies het adresboek (het pad ervan op de server, bv. /alice/contacts/).</translation>
        </message>
        <message>
            <source>“{href}” is not the path of an address book (it starts with “/”).</source>
            <translation>“{href}” is niet het pad van een adresboek (dat begint met “/”).</translation>
        </message>
        <message>
            <source>Finding the address books signs in to the server: enter the password (or app password / token) first.</source>
            <translation>Om de adresboeken te zoeken, meldt Kontor zich aan bij de server: voer eerst het wachtwoord (of app-wachtwoord / token) in.</translation>
        </message>
        <message>
            <source>The server refused “{user}” ({status}): check the user name and password.</source>
            <translation>De server heeft “{user}” geweigerd ({status}): controleer de gebruikersnaam en het wachtwoord.</translation>
        </message>
        <message>
            <source>The server refused this token ({status}): check the user name and password.</source>
            <translation>De server heeft dit token geweigerd ({status}): controleer de gebruikersnaam en het wachtwoord.</translation>
        </message>
        <message>
            <source>The server cannot be reached: {reason}.</source>
            <translation>De server is niet bereikbaar: {reason}.</translation>
        </message>
        <message>
            <source>No CardDAV address books were found at {url}: {reason}.</source>
            <translation>Er zijn geen CardDAV-adresboeken gevonden op {url}: {reason}.</translation>
        </message>
        <message>
            <source>Finding the address books failed: {reason}</source>
            <translation>Het zoeken naar adresboeken is mislukt: {reason}</translation>
        </message>
        <message>
            <source>{user} has no address book on the server yet: make one there (in its web page or another program), then try again.</source>
            <translation>{user} heeft nog geen adresboek op de server: maak er daar een aan (op de webpagina van de server of in een ander programma) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>This user has no address book on the server yet: make one there (in its web page or another program), then try again.</source>
            <translation>Deze gebruiker heeft nog geen adresboek op de server: maak er daar een aan (op de webpagina van de server of in een ander programma) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>There is no address book named “{name}” (there are: {names}).</source>
            <translation>Er is geen adresboek met de naam “{name}” (wel: {names}).</translation>
        </message>
        <message>
            <source>Enter the API token.</source>
            <translation>Voer het API-token in.</translation>
        </message>
        <message>
            <source>The API token is too long (at most {most} characters).</source>
            <translation>Het API-token is te lang (hoogstens {most} tekens).</translation>
        </message>
        <message>
            <source>The API token must not contain spaces, line breaks or control characters.</source>
            <translation>Het API-token mag geen spaties, regeleinden of besturingstekens bevatten.</translation>
        </message>
        <message>
            <source>The API token must contain only plain ASCII letters, digits and symbols.</source>
            <translation>Het API-token mag alleen gewone ASCII-letters, -cijfers en -symbolen bevatten.</translation>
        </message>
        <message>
            <source>The system keychain could not be read</source>
            <translation>De sleutelhanger van het systeem kon niet worden gelezen</translation>
        </message>
        <message>
            <source>The API token could not be stored in the system keychain</source>
            <translation>Het API-token kon niet in de sleutelhanger van het systeem worden opgeslagen</translation>
        </message>
        <message>
            <source>The API token could not be removed from the system keychain</source>
            <translation>Het API-token kon niet uit de sleutelhanger van het systeem worden verwijderd</translation>
        </message>
        <message>
            <source>No keychain is available on this computer; set {variable} instead.</source>
            <translation>Op deze computer is geen sleutelhanger beschikbaar; stel in plaats daarvan {variable} in.</translation>
        </message>
        <message>
            <source>The system keychain is locked. Unlock it and try again, or set {variable} instead.</source>
            <translation>De sleutelhanger van het systeem is vergrendeld. Ontgrendel hem en probeer het opnieuw, of stel in plaats daarvan {variable} in.</translation>
        </message>
        <message>
            <source>{failure} ({reason}). Try again, or set {variable} instead.</source>
            <translation>{failure} ({reason}). Probeer het opnieuw, of stel in plaats daarvan {variable} in.</translation>
        </message>
        <message>
            <source>No API token for this account: enter it in Edit….</source>
            <translation>Geen API-token voor dit account: voer het in via Bewerken….</translation>
        </message>
        <message>
            <source>Testing a {kind} account is not possible yet.</source>
            <translation>Een {kind}-account testen is nog niet mogelijk.</translation>
        </message>
        <message>
            <source>Enter the password (or token) first.</source>
            <translation>Voer eerst het wachtwoord (of token) in.</translation>
        </message>
        <message>
            <source>The server refused the user name and password ({status}).</source>
            <translation>De server heeft de gebruikersnaam en het wachtwoord geweigerd ({status}).</translation>
        </message>
        <message>
            <source>There is no address book at {path} on this server.</source>
            <translation>Er is geen adresboek op {path} op deze server.</translation>
        </message>
        <message>
            <source>Not reachable: {error}.</source>
            <translation>Niet bereikbaar: {error}.</translation>
        </message>
        <message>
            <source>Not a CardDAV address book: {error}</source>
            <translation>Geen CardDAV-adresboek: {error}</translation>
        </message>
        <message>
            <source>sync-collection</source>
            <translation>sync-collection</translation>
        </message>
        <message>
            <source>ETags (no sync-collection)</source>
            <translation>ETags (geen sync-collection)</translation>
        </message>
        <message>
            <source>Connected: address book “{name}”, vCard {version}, synced by {how}.</source>
            <translation>Verbonden: adresboek “{name}”, vCard {version}, gesynchroniseerd via {how}.</translation>
        </message>
        <message>
            <source>{system} cannot be read: changes made there are not taken in here; Kontor only sends what it has.</source>
            <translation>{system} kan niet worden gelezen: wijzigingen die daar worden gemaakt, worden hier niet overgenomen; Kontor verstuurt alleen wat het heeft.</translation>
        </message>
        <message>
            <source>Locked: registered with KIP (“{account}”). {reason}</source>
            <translation>Vergrendeld: geregistreerd bij KIP (“{account}”). {reason}</translation>
        </message>
        <message>
            <source>this KIP account was removed</source>
            <translation>dit KIP-account is verwijderd</translation>
        </message>
        <message>
            <source>No API token for this account: enter it in Edit… (or KONTOR_API_TOKEN).</source>
            <translation>Geen API-token voor dit account: voer het in via Bewerken… (of KONTOR_API_TOKEN).</translation>
        </message>
        <message>
            <source>KIP refused the API token: enter a valid one in Edit….</source>
            <translation>KIP heeft het API-token geweigerd: voer een geldig token in via Bewerken….</translation>
        </message>
        <message>
            <source>KIP could not be reached ({error}); try again later.</source>
            <translation>KIP kon niet worden bereikt ({error}); probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>KIP did not start the export: {error}</source>
            <translation>KIP heeft de export niet gestart: {error}</translation>
        </message>
        <message>
            <source>KIP started the export of your data ({status}): it answered these links.</source>
            <translation>KIP heeft de export van uw gegevens gestart ({status}) en antwoordde met deze links.</translation>
        </message>
        <message>
            <source>KIP started the export of your data: it answered these links.</source>
            <translation>KIP heeft de export van uw gegevens gestart en antwoordde met deze links.</translation>
        </message>
        <message>
            <source>KIP started the export of your data ({status}), with no links.</source>
            <translation>KIP heeft de export van uw gegevens gestart ({status}), zonder links.</translation>
        </message>
        <message>
            <source>KIP started the export of your data, with no links.</source>
            <translation>KIP heeft de export van uw gegevens gestart, zonder links.</translation>
        </message>
        <message>
            <source>this workspace account was removed</source>
            <translation>dit werkruimte-account is verwijderd</translation>
        </message>
        <message>
            <source>KIP has no read path: it cannot be tried without registering a company. “Request my data from KIP” or the first sync shows whether the address and the token work.</source>
            <translation>KIP heeft geen leesfunctie: het kan niet worden getest zonder een bedrijf te registreren. “Mijn gegevens bij KIP opvragen” of de eerste synchronisatie toont of het adres en het token werken.</translation>
        </message>
        <message>
            <source>Enter the API token first.</source>
            <translation>Voer eerst het API-token in.</translation>
        </message>
        <message>
            <source>The workspace refused the API token ({status}).</source>
            <translation>De werkruimte heeft het API-token geweigerd ({status}).</translation>
        </message>
        <message>
            <source>The workspace shows no organization at this address.</source>
            <translation>De werkruimte toont geen organisatie op dit adres.</translation>
        </message>
        <message>
            <source>Not the workspace API: {error}</source>
            <translation>Geen werkruimte-API: {error}</translation>
        </message>
        <message>
            <source>Connected: the workspace organization “{name}”.</source>
            <translation>Verbonden: werkruimte-organisatie “{name}”.</translation>
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
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Tenant</translation>
        </message>
        <message>
            <source>Syncs</source>
            <translation>Synchroniseert</translation>
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
        <message numerus="yes">
            <source>every %n min</source>
            <translation>
                <numerusform>elke %n min</numerusform>
                <numerusform>elke %n min</numerusform>
            </translation>
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
            <source>Limits of {type}:</source>
            <translation>Beperkingen van {type}:</translation>
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
        <message numerus="yes">
            <source>%Ln contacts ticked</source>
            <translation>
                <numerusform>%Ln contact aangevinkt</numerusform>
                <numerusform>%Ln contacten aangevinkt</numerusform>
            </translation>
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
        <name>Command line</name>
        <message>
            <source>organization id</source>
            <extracomment>What the tenant is called in ``kontor accounts list`` (English: shown translated).</extracomment>
            <translation>organisatie-id</translation>
        </message>
        <message>
            <source>partner id</source>
            <translation>partner-id</translation>
        </message>
        <message>
            <source>address book</source>
            <translation>adresboek</translation>
        </message>
        <message>
            <source>list, add or remove the accounts (remote systems) a database syncs with</source>
            <translation>de accounts (externe systemen) waarmee een database synchroniseert weergeven, toevoegen of verwijderen</translation>
        </message>
        <message>
            <source>the accounts, one a line</source>
            <translation>de accounts, één per regel</translation>
        </message>
        <message>
            <source>link the database to an account</source>
            <translation>de database aan een account koppelen</translation>
        </message>
        <message>
            <source>a name of your choice (unique)</source>
            <translation>een naam naar keuze (uniek)</translation>
        </message>
        <message>
            <source>the system's base address (https://…)</source>
            <translation>het basisadres van het systeem (https://…)</translation>
        </message>
        <message>
            <source>organization id (enfore), partner id, or a CardDAV address book's path</source>
            <translation>organisatie-id (enfore), partner-id of het pad van een CardDAV-adresboek</translation>
        </message>
        <message>
            <source>the user the token belongs to (CardDAV: the login)</source>
            <translation>de gebruiker bij wie het token hoort (CardDAV: de gebruikersnaam)</translation>
        </message>
        <message>
            <source>CardDAV: the address book to sync, by name (default: the first one found)</source>
            <translation>CardDAV: het te synchroniseren adresboek, op naam (standaard: het eerste dat wordt gevonden)</translation>
        </message>
        <message>
            <source>CardDAV: sign in with the user and password (basic, the default with --user) or with a bearer token</source>
            <translation>CardDAV: aanmelden met gebruiker en wachtwoord (basic, de standaard met --user) of met een bearer-token</translation>
        </message>
        <message>
            <source>KIP: register every organization with this tag (besides those ticked in their editor)</source>
            <translation>KIP: elke organisatie met deze tag registreren (naast de organisaties die in hun editor zijn aangevinkt)</translation>
        </message>
        <message>
            <source>workspace: the organization contact that is your own organization (its locations sync with the workspace)</source>
            <translation>werkruimte: het organisatiecontact dat uw eigen organisatie is (de locaties ervan worden met de werkruimte gesynchroniseerd)</translation>
        </message>
        <message>
            <source>minutes between automatic syncs (0: by hand)</source>
            <translation>minuten tussen automatische synchronisaties (0: handmatig)</translation>
        </message>
        <message>
            <source>keep it out of syncs until it is enabled</source>
            <translation>uit synchronisaties houden tot het wordt ingeschakeld</translation>
        </message>
        <message>
            <source>keep the value of KONTOR_API_TOKEN in the system keychain for this account</source>
            <translation>de waarde van KONTOR_API_TOKEN voor dit account in de sleutelhanger van het systeem bewaren</translation>
        </message>
        <message>
            <source>unlink the database from an account (contacts are kept)</source>
            <translation>de database loskoppelen van een account (contacten blijven behouden)</translation>
        </message>
        <message>
            <source>there is no database at {path}.</source>
            <translation>er is geen database op {path}.</translation>
        </message>
        <message>
            <source>keychain unavailable</source>
            <translation>sleutelhanger niet beschikbaar</translation>
        </message>
        <message>
            <source>token from KONTOR_API_TOKEN</source>
            <translation>token uit KONTOR_API_TOKEN</translation>
        </message>
        <message>
            <source>token in keychain</source>
            <translation>token in sleutelhanger</translation>
        </message>
        <message>
            <source>no token</source>
            <translation>geen token</translation>
        </message>
        <message>
            <source>No accounts: add one with `kontor accounts add`.</source>
            <translation>Geen accounts: voeg er een toe met `kontor accounts add`.</translation>
        </message>
        <message>
            <source> user {user}</source>
            <translation> gebruiker {user}</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>ingeschakeld</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>uitgeschakeld</translation>
        </message>
        <message>
            <source>every {minutes} min</source>
            <translation>elke {minutes} min</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>handmatig</translation>
        </message>
        <message>
            <source>--store-token keeps the value of {variable}, which is not set.</source>
            <translation>--store-token bewaart de waarde van {variable}, maar die is niet ingesteld.</translation>
        </message>
        <message>
            <source>Added {type} account “{name}” ({url}).</source>
            <translation>{type}-account “{name}” toegevoegd ({url}).</translation>
        </message>
        <message>
            <source>the token was not stored: {reason}</source>
            <translation>het token is niet opgeslagen: {reason}</translation>
        </message>
        <message>
            <source>The token is in the system keychain.</source>
            <translation>Het token staat in de sleutelhanger van het systeem.</translation>
        </message>
        <message>
            <source>The token: store it in Preferences → Accounts, or set {variable} when you run `kontor sync`.</source>
            <translation>Het token: sla het op in Instellingen → Accounts, of stel {variable} in wanneer u `kontor sync` uitvoert.</translation>
        </message>
        <message>
            <source>--kip-tag is for KIP accounts (--type kip).</source>
            <translation>--kip-tag is bedoeld voor KIP-accounts (--type kip).</translation>
        </message>
        <message>
            <source>--own-organization is for workspace accounts (--type workspace).</source>
            <translation>--own-organization is bedoeld voor werkruimte-accounts (--type workspace).</translation>
        </message>
        <message>
            <source>There is no organization named “{name}” in this address book.</source>
            <translation>Er is geen organisatie met de naam “{name}” in dit adresboek.</translation>
        </message>
        <message>
            <source>finding the address book signs in to the server: set {variable} to the password (or app password / token), or give the address book's path with --tenant.</source>
            <translation>om het adresboek te zoeken, meldt Kontor zich aan bij de server: stel {variable} in op het wachtwoord (of app-wachtwoord / token), of geef het pad van het adresboek op met --tenant.</translation>
        </message>
        <message>
            <source>Address book: “{name}” ({path}).</source>
            <translation>Adresboek: “{name}” ({path}).</translation>
        </message>
        <message>
            <source>Also there: {names} — choose one with --address-book NAME.</source>
            <translation>Ook aanwezig: {names} — kies er een met --address-book NAME.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>no account named “{name}” (accounts: {names}).</source>
            <translation>geen account met de naam “{name}” (accounts: {names}).</translation>
        </message>
        <message>
            <source>privacy requests: export everything about a person, erase a person, retention</source>
            <translation>privacyverzoeken: alles over een persoon exporteren, een persoon wissen, bewaartermijn</translation>
        </message>
        <message>
            <source>write everything about a person into DIR</source>
            <translation>alles over een persoon naar DIR schrijven</translation>
        </message>
        <message>
            <source>leave out the PDF report</source>
            <translation>het PDF-rapport weglaten</translation>
        </message>
        <message>
            <source>erase a person (asks for --yes)</source>
            <translation>een persoon wissen (vraagt om --yes)</translation>
        </message>
        <message>
            <source>delete the contact, or anonymise it and keep the record for accounting (default: what the accounting rule suggests for this contact)</source>
            <translation>het contact verwijderen, of het anonimiseren en het record bewaren voor de boekhouding (standaard: wat de boekhoudregel voor dit contact voorstelt)</translation>
        </message>
        <message>
            <source>erase without asking</source>
            <translation>wissen zonder te vragen</translation>
        </message>
        <message>
            <source>people not changed for N years (the book's setting by default)</source>
            <translation>personen die N jaar niet zijn gewijzigd (standaard de instelling van het adresboek)</translation>
        </message>
        <message>
            <source>store --years as the book's retention period</source>
            <translation>--years opslaan als bewaartermijn van het adresboek</translation>
        </message>
        <message>
            <source>Everything about {name}</source>
            <translation>Alles over {name}</translation>
        </message>
        <message>
            <source>Everything about “{name}” ({id}):</source>
            <translation>Alles over “{name}” ({id}):</translation>
        </message>
        <message>
            <source>Accounting needs this record: it is {reason}.</source>
            <translation>De boekhouding heeft dit record nodig: het is {reason}.</translation>
        </message>
        <message>
            <source>Linked to {account}: {note}.</source>
            <translation>Gekoppeld aan {account}: {note}.</translation>
        </message>
        <message>
            <source>No account holds this contact.</source>
            <translation>Geen enkel account bevat dit contact.</translation>
        </message>
        <message>
            <source>Nothing was erased: add --yes to have the person's data deleted (this cannot be undone).</source>
            <translation>Er is niets gewist: voeg --yes toe om de gegevens van de persoon te laten verwijderen (dit kan niet ongedaan worden gemaakt).</translation>
        </message>
        <message>
            <source>Nothing was erased: add --yes to have the person's data anonymised (this cannot be undone).</source>
            <translation>Er is niets gewist: voeg --yes toe om de gegevens van de persoon te laten anonimiseren (dit kan niet ongedaan worden gemaakt).</translation>
        </message>
        <message>
            <source>Run `kontor sync` to send the erasure now.</source>
            <translation>Voer `kontor sync` uit om de wissing nu te verzenden.</translation>
        </message>
        <message>
            <source>--set needs --years N.</source>
            <translation>--set vereist --years N.</translation>
        </message>
        <message>
            <source>import contacts from a vCard or CSV file (dry run with --dry-run)</source>
            <translation>contacten importeren uit een vCard- of CSV-bestand (proefimport met --dry-run)</translation>
        </message>
        <message>
            <source>Import contacts from a vCard (.vcf) or CSV file as one batch. Contacts already in the book (same id, VAT number, e-mail or phone) are updated, not duplicated; invalid rows are listed and skipped.</source>
            <translation>Contacten importeren uit een vCard-bestand (.vcf) of CSV-bestand als één batch. Contacten die al in het adresboek staan (zelfde id, btw-nummer, e-mailadres of telefoonnummer) worden bijgewerkt, niet gedupliceerd; ongeldige rijen worden vermeld en overgeslagen.</translation>
        </message>
        <message>
            <source>only show what would be done; change nothing</source>
            <translation>alleen tonen wat er zou gebeuren; niets wijzigen</translation>
        </message>
        <message>
            <source>default: from the file name</source>
            <translation>standaard: op basis van de bestandsnaam</translation>
        </message>
        <message>
            <source>a saved CSV column mapping (template name)</source>
            <translation>een opgeslagen CSV-kolomkoppeling (sjabloonnaam)</translation>
        </message>
        <message>
            <source>the file's encoding (default: detected)</source>
            <translation>de codering van het bestand (standaard: automatisch herkend)</translation>
        </message>
        <message>
            <source>the CSV delimiter (default: detected)</source>
            <translation>het CSV-scheidingsteken (standaard: automatisch herkend)</translation>
        </message>
        <message>
            <source>CSV: the field of each column by position, e.g. name,,email,phone (empty: not imported); for files without a header row</source>
            <translation>CSV: het veld van elke kolom op positie, bv. name,,email,phone (leeg: niet geïmporteerd); voor bestanden zonder kopregel</translation>
        </message>
        <message>
            <source>CSV: whether the first row names the columns (default: detected)</source>
            <translation>CSV: of de eerste rij de kolomnamen bevat (standaard: automatisch herkend)</translation>
        </message>
        <message>
            <source>export contacts as vCard 4.0 or CSV</source>
            <translation>contacten exporteren als vCard 4.0 of CSV</translation>
        </message>
        <message>
            <source>Export contacts (all, or those matching --search) as vCard 4.0 or CSV.</source>
            <translation>Contacten exporteren (alle, of die welke overeenkomen met --search) als vCard 4.0 of CSV.</translation>
        </message>
        <message>
            <source>default: from --out, else vcf</source>
            <translation>standaard: op basis van --out, anders vcf</translation>
        </message>
        <message>
            <source>where to write (default: standard output)</source>
            <translation>waar naartoe schrijven (standaard: standaarduitvoer)</translation>
        </message>
        <message>
            <source>vCard: one file per contact in the folder --out</source>
            <translation>vCard: één bestand per contact in de map --out</translation>
        </message>
        <message>
            <source>CSV columns (default: {default}; all: {all})</source>
            <translation>CSV-kolommen (standaard: {default}; alle: {all})</translation>
        </message>
        <message>
            <source>only contacts matching TEXT</source>
            <translation>alleen contacten die overeenkomen met TEXT</translation>
        </message>
        <message>
            <source>CSV: UTF-8 with a byte-order mark, for Excel</source>
            <translation>CSV: UTF-8 met een byte-order mark, voor Excel</translation>
        </message>
        <message>
            <source>unknown fields in --columns: {unknown}; choose from {names} or a field such as email.work, phone.mobile, address.home.city (or leave a column empty)</source>
            <translation>onbekende velden in --columns: {unknown}; kies uit {names} of een veld zoals email.work, phone.mobile, address.home.city (of laat een kolom leeg)</translation>
        </message>
        <message>
            <source>Dry run: nothing was changed.</source>
            <translation>Proefimport: er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Niets te wijzigen.</translation>
        </message>
        <message>
            <source>Imported: {created} created, {updated} updated (journal transaction {txn}).</source>
            <translation>Geïmporteerd: {created} aangemaakt, {updated} bijgewerkt (journaaltransactie {txn}).</translation>
        </message>
        <message>
            <source>(none given)</source>
            <translation>(geen opgegeven)</translation>
        </message>
        <message>
            <source>note: {text}</source>
            <translation>opmerking: {text}</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> en nog {count}</translation>
        </message>
        <message>
            <source>new organizations for people who work there: {names}</source>
            <translation>nieuwe organisaties voor personen die er werken: {names}</translation>
        </message>
        <message>
            <source>skip {row}: {reason}</source>
            <translation>overgeslagen {row}: {reason}</translation>
        </message>
        <message>
            <source>warning {row}: {text}</source>
            <translation>waarschuwing {row}: {text}</translation>
        </message>
        <message>
            <source>unknown columns: {unknown}; choose from {names}</source>
            <translation>onbekende kolommen: {unknown}; kies uit {names}</translation>
        </message>
        <message>
            <source>--one-per-contact needs --out DIR</source>
            <translation>--one-per-contact vereist --out DIR</translation>
        </message>
        <message>
            <source>Kontor — contacts on your desk, in sync with your company.</source>
            <translation>Kontor — contacten op uw bureau, gesynchroniseerd met uw bedrijf.</translation>
        </message>
        <message>
            <source>database file to open (default: your Kontor database; or set KONTOR_DB)</source>
            <translation>databasebestand om te openen (standaard: uw Kontor-database; of stel KONTOR_DB in)</translation>
        </message>
        <message>
            <source>open a separate demo database filled with sample contacts (never your own)</source>
            <translation>een aparte demodatabase met voorbeeldcontacten openen (nooit uw eigen database)</translation>
        </message>
        <message>
            <source>open the window, then the import dialog for FILE (.vcf or .csv); `kontor FILE` does the same</source>
            <translation>het venster openen en daarna het importvenster voor FILE (.vcf of .csv); `kontor FILE` doet hetzelfde</translation>
        </message>
        <message>
            <source>start offscreen on a temporary database, check that Kontor works, and exit (0 when every check passes)</source>
            <translation>offscreen starten op een tijdelijke database, controleren of Kontor werkt en afsluiten (0 als elke controle slaagt)</translation>
        </message>
        <message>
            <source>with --self-test: also fail when the window takes longer than this to appear</source>
            <translation>met --self-test: ook mislukken als het venster er langer dan dit over doet om te verschijnen</translation>
        </message>
        <message>
            <source>add N generated contacts to a database (for benchmarks)</source>
            <translation>N gegenereerde contacten aan een database toevoegen (voor benchmarks)</translation>
        </message>
        <message>
            <source>save pictures of every section and editor tab (offscreen)</source>
            <translation>afbeeldingen opslaan van elke sectie en elk editortabblad (offscreen)</translation>
        </message>
        <message>
            <source>the language of the pictures (default: the language Kontor starts in)</source>
            <translation>de taal van de afbeeldingen (standaard: de taal waarin Kontor start)</translation>
        </message>
        <message>
            <source>run a reference server on this machine (to try sync): the Contacts API (enfore), Kanbert, the partner-organizations portal, KIP companies or the workspace API</source>
            <translation>een referentieserver op deze machine uitvoeren (om synchronisatie uit te proberen): de Contacts API (enfore), Kanbert, het partnerorganisatieportaal, KIP-bedrijven of de werkruimte-API</translation>
        </message>
        <message>
            <source>which system's API to serve (default: enfore, the Contacts API)</source>
            <translation>welke systeem-API moet worden aangeboden (standaard: enfore, de Contacts API)</translation>
        </message>
        <message>
            <source>the bearer token clients must send (default: KONTOR_API_TOKEN from the environment)</source>
            <translation>het bearer-token dat clients moeten sturen (standaard: KONTOR_API_TOKEN uit de omgeving)</translation>
        </message>
        <message>
            <source>seed of the random faults, to replay a run (default: a new one each start, printed at start)</source>
            <translation>seed van de willekeurige fouten, om een run opnieuw af te spelen (standaard: bij elke start een nieuwe, die bij het starten wordt getoond)</translation>
        </message>
        <message>
            <source>fraction answered 500</source>
            <translation>fractie die met 500 wordt beantwoord</translation>
        </message>
        <message>
            <source>every Nth request → 429</source>
            <translation>elk N-de verzoek → 429</translation>
        </message>
        <message>
            <source>listing pages with problems</source>
            <translation>lijstpagina's met problemen</translation>
        </message>
        <message>
            <source>answer these pages of contact listings 500 (1-based: page n is at offset (n-1)*limit), e.g. 3,4</source>
            <translation>deze pagina's van contactlijsten beantwoorden met 500 (vanaf 1: pagina n staat op offset (n-1)*limit), bv. 3,4</translation>
        </message>
        <message>
            <source>contact listings silently end after the first N contacts (no problem reported)</source>
            <translation>contactlijsten eindigen stil na de eerste N contacten (zonder gemeld probleem)</translation>
        </message>
        <message>
            <source>the next N accepted writes are applied, then the connection is closed unanswered</source>
            <translation>de volgende N aanvaarde schrijfbewerkingen worden toegepast, daarna wordt de verbinding zonder antwoord gesloten</translation>
        </message>
        <message>
            <source>only writes whose path matches REGEX count for --drop-after-apply (default: all)</source>
            <translation>alleen schrijfbewerkingen waarvan het pad overeenkomt met REGEX tellen voor --drop-after-apply (standaard: alle)</translation>
        </message>
        <message>
            <source>answer writes whose body contains TEXT 422, without applying them</source>
            <translation>schrijfbewerkingen waarvan de body TEXT bevat beantwoorden met 422, zonder ze toe te passen</translation>
        </message>
        <message>
            <source>answer every request after the first N with 401 (as if the token expired)</source>
            <translation>elk verzoek na de eerste N beantwoorden met 401 (alsof het token verlopen is)</translation>
        </message>
        <message>
            <source>answer every request under /orgs/ORG/ for these orgs 404 (partners: these partner ids)</source>
            <translation>elk verzoek onder /orgs/ORG/ voor deze organisaties beantwoorden met 404 (partners: deze partner-id's)</translation>
        </message>
        <message>
            <source>upgrade a database file and exit</source>
            <translation>een databasebestand bijwerken en afsluiten</translation>
        </message>
        <message>
            <source>put the newest good backup in place of a damaged database (kept under another name, not deleted)</source>
            <translation>de nieuwste goede back-up in de plaats zetten van een beschadigde database (die onder een andere naam wordt bewaard, niet verwijderd)</translation>
        </message>
        <message>
            <source>there is no good backup of {path} in {folder}</source>
            <translation>er is geen goede back-up van {path} in {folder}</translation>
        </message>
        <message>
            <source>Restored {backup} as {path}; the file that was there is kept as {kept}</source>
            <translation>{backup} hersteld als {path}; het bestand dat er stond, is bewaard als {kept}</translation>
        </message>
        <message>
            <source>database file to sync (default: your Kontor database; or set KONTOR_DB)</source>
            <translation>databasebestand om te synchroniseren (standaard: uw Kontor-database; of stel KONTOR_DB in)</translation>
        </message>
        <message>
            <source>server address for this run (kept only if the database has no settings yet)</source>
            <translation>serveradres voor deze run (alleen bewaard als de database nog geen instellingen heeft)</translation>
        </message>
        <message>
            <source>organization id for this run (kept only if the database has no settings yet)</source>
            <translation>organisatie-id voor deze run (alleen bewaard als de database nog geen instellingen heeft)</translation>
        </message>
        <message>
            <source>apply deletions made on the server even when there are many (over 50)</source>
            <translation>verwijderingen op de server ook toepassen als het er veel zijn (meer dan 50)</translation>
        </message>
        <message>
            <source>no progress on stderr (the summary is printed)</source>
            <translation>geen voortgang op stderr (de samenvatting wordt wel getoond)</translation>
        </message>
        <message>
            <source>sync only this account (default: every enabled account; see `kontor accounts`)</source>
            <translation>alleen dit account synchroniseren (standaard: elk ingeschakeld account; zie `kontor accounts`)</translation>
        </message>
        <message>
            <source>not a whole number: {text}</source>
            <translation>geen geheel getal: {text}</translation>
        </message>
        <message>
            <source>must be 0 or more, not {value}</source>
            <translation>moet 0 of meer zijn, niet {value}</translation>
        </message>
        <message>
            <source>page numbers start at 1</source>
            <translation>paginanummers beginnen bij 1</translation>
        </message>
        <message>
            <source>not a regular expression: {error}</source>
            <translation>geen reguliere expressie: {error}</translation>
        </message>
        <message>
            <source>--contacts must be at least 1</source>
            <translation>--contacts moet minstens 1 zijn</translation>
        </message>
        <message>
            <source>{done} / {total} contacts</source>
            <translation>{done} / {total} contacten</translation>
        </message>
        <message>
            <source>Added {count} contacts to {path} in {seconds} s</source>
            <translation>{count} contacten toegevoegd aan {path} in {seconds} s</translation>
        </message>
        <message>
            <source>give the token clients must send: --token TOKEN or KONTOR_API_TOKEN</source>
            <translation>geef het token op dat clients moeten sturen: --token TOKEN of KONTOR_API_TOKEN</translation>
        </message>
        <message>
            <source>{system} reference server on {address} (Ctrl+C stops it); random faults use seed {seed} (--seed {seed} replays them)</source>
            <translation>{system}-referentieserver op {address} (Ctrl+C stopt hem); willekeurige fouten gebruiken seed {seed} (--seed {seed} speelt ze opnieuw af)</translation>
        </message>
        <message>
            <source>Reference server stopped.</source>
            <translation>Referentieserver gestopt.</translation>
        </message>
        <message>
            <source>{path}: schema {old} → {new}</source>
            <translation>{path}: schema {old} → {new}</translation>
        </message>
        <message>
            <source>--demo opens its own database; leave out --db</source>
            <translation>--demo opent een eigen database; laat --db weg</translation>
        </message>
        <message>
            <source>database file (default: your Kontor database; or set KONTOR_DB)</source>
            <translation>databasebestand (standaard: uw Kontor-database; of stel KONTOR_DB in)</translation>
        </message>
        <message>
            <source>save labels, envelopes, contact sheets or a phone list as a PDF file</source>
            <translation>etiketten, enveloppen, contactbladen of een telefoonlijst opslaan als PDF-bestand</translation>
        </message>
        <message>
            <source>labels: address labels; envelopes: one envelope per contact; sheet: one contact a page with everything; list: a phone list</source>
            <translation>labels: adresetiketten; envelopes: één envelop per contact; sheet: één contact per pagina met alle gegevens; list: een telefoonlijst</translation>
        </message>
        <message>
            <source>a contact to print (repeatable); without it, every contact the filters show</source>
            <translation>een contact om af te drukken (herhaalbaar); zonder deze optie elk contact dat de filters tonen</translation>
        </message>
        <message>
            <source>label sheet: 3x8 (70 x 36 mm), 3x7 (70 x 42.3 mm), 2x4 (99.1 x 67.7 mm), 2x8 (99.1 x 33.9 mm) or custom:COLUMNSxROWS:WIDTHxHEIGHT:LEFT,TOP[:GAPX,GAPY] in mm, e.g. custom:2x5:90x50:15,20:5,5 (default 3x8)</source>
            <translation>etikettenvel: 3x8 (70 x 36 mm), 3x7 (70 x 42.3 mm), 2x4 (99.1 x 67.7 mm), 2x8 (99.1 x 33.9 mm) of custom:COLUMNSxROWS:WIDTHxHEIGHT:LEFT,TOP[:GAPX,GAPY] in mm, bv. custom:2x5:90x50:15,20:5,5 (standaard 3x8)</translation>
        </message>
        <message>
            <source>labels: the first free label of a partly used sheet (1 = top left)</source>
            <translation>labels: het eerste vrije etiket van een deels gebruikt vel (1 = linksboven)</translation>
        </message>
        <message>
            <source>envelopes: the organization sending (default: our organization, if chosen)</source>
            <translation>envelopes: de verzendende organisatie (standaard: onze organisatie, indien gekozen)</translation>
        </message>
        <message>
            <source>no contact with the id or e-mail address {reference}</source>
            <translation>geen contact met de id of het e-mailadres {reference}</translation>
        </message>
        <message>
            <source>unknown sheet {sheet}: use 3x8, 3x7, 2x4, 2x8 or custom:…</source>
            <translation>onbekend vel {sheet}: gebruik 3x8, 3x7, 2x4, 2x8 of custom:…</translation>
        </message>
        <message>
            <source>cannot read {sheet}: write custom:COLUMNSxROWS:WIDTHxHEIGHT:LEFT,TOP[:GAPX,GAPY]</source>
            <translation>{sheet} kan niet worden gelezen: schrijf custom:COLUMNSxROWS:WIDTHxHEIGHT:LEFT,TOP[:GAPX,GAPY]</translation>
        </message>
        <message>
            <source>the output must be a .pdf file — {path}</source>
            <translation>de uitvoer moet een .pdf-bestand zijn — {path}</translation>
        </message>
        <message>
            <source>the folder {path} does not exist</source>
            <translation>de map {path} bestaat niet</translation>
        </message>
        <message>
            <source>there is no database at {path}</source>
            <translation>er is geen database op {path}</translation>
        </message>
        <message>
            <source>no contact to print: check --contact, --kind and --search</source>
            <translation>geen contact om af te drukken: controleer --contact, --kind en --search</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacten</translation>
        </message>
        <message>
            <source>left out (no postal address): {name}</source>
            <translation>weggelaten (geen postadres): {name}</translation>
        </message>
        <message>
            <source>the run is complete</source>
            <translation>de run is voltooid</translation>
        </message>
        <message>
            <source>incomplete, offline, cancelled, or deletions wait for --allow-deletions</source>
            <translation>onvolledig, offline, geannuleerd, of verwijderingen wachten op --allow-deletions</translation>
        </message>
        <message>
            <source>usage or set-up problem (no settings, no token, bad address, database)</source>
            <translation>probleem met gebruik of configuratie (geen instellingen, geen token, verkeerd adres, database)</translation>
        </message>
        <message>
            <source>the server refused the API token</source>
            <translation>de server heeft het API-token geweigerd</translation>
        </message>
        <message>
            <source>stopped with Ctrl+C (what was not sent stays queued)</source>
            <translation>gestopt met Ctrl+C (wat niet is verzonden, blijft in de wachtrij)</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>voltooid</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>onvolledig</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>refused (credentials)</source>
            <translation>geweigerd (aanmeldgegevens)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>waiting for confirmation</source>
            <translation>wacht op bevestiging</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>mislukt</translation>
        </message>
        <message>
            <source>sync a database with the Contacts API once and exit (for scripts)</source>
            <translation>een database eenmaal met de Contacts API synchroniseren en afsluiten (voor scripts)</translation>
        </message>
        <message>
            <source>Run one sync of a Kontor database with the Contacts API. The server address and organization are those stored in the database (Preferences); --url and --org override them for this run. A database with no sync settings yet keeps --url and --org once the server has answered, so the next run needs no flags. The API token is read from KONTOR_API_TOKEN, else from the system keychain (it is never taken as an argument).</source>
            <translation>Eén synchronisatie van een Kontor-database met de Contacts API uitvoeren. Het serveradres en de organisatie zijn die welke in de database zijn opgeslagen (Instellingen); --url en --org vervangen ze voor deze run. Een database die nog geen synchronisatie-instellingen heeft, bewaart --url en --org zodra de server heeft geantwoord, zodat de volgende run geen opties meer nodig heeft. Het API-token wordt gelezen uit KONTOR_API_TOKEN, anders uit de sleutelhanger van het systeem (het wordt nooit als argument aangenomen).</translation>
        </message>
        <message>
            <source>exit status: {codes}</source>
            <translation>afsluitstatus: {codes}</translation>
        </message>
        <message>
            <source>{changes}, {issues} waiting for you</source>
            <translation>{changes}, {issues} wachten op u</translation>
        </message>
        <message>
            <source> ({count} to link or create)</source>
            <translation> ({count} te koppelen of aan te maken)</translation>
        </message>
        <message>
            <source>there is no database at {path}. Give --url and --org to make a new one there and fill it from the server.</source>
            <translation>er is geen database op {path}. Geef --url en --org op om er daar een nieuwe te maken en die te vullen vanaf de server.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nog geen</translation>
        </message>
        <message>
            <source>there is no account named “{name}” in {path} (accounts: {names}; see `kontor accounts list`).</source>
            <translation>er is geen account met de naam “{name}” in {path} (accounts: {names}; zie `kontor accounts list`).</translation>
        </message>
        <message>
            <source>the account “{name}” is disabled; skipped.</source>
            <translation>het account “{name}” is uitgeschakeld; overgeslagen.</translation>
        </message>
        <message>
            <source>{count} complete</source>
            <extracomment>What an account's run came to, by its exit status, for the total line.</extracomment>
            <translation>{count} volledig</translation>
        </message>
        <message>
            <source>{count} incomplete</source>
            <translation>{count} onvolledig</translation>
        </message>
        <message>
            <source>{count} not set up</source>
            <translation>{count} niet ingesteld</translation>
        </message>
        <message>
            <source>{count} refused the token</source>
            <translation>{count} weigerden het token</translation>
        </message>
        <message>
            <source>{count} stopped</source>
            <translation>{count} gestopt</translation>
        </message>
        <message>
            <source>Total: {accounts}, {results} (exit status {code})</source>
            <translation>Totaal: {accounts}, {results} (afsluitstatus {code})</translation>
        </message>
        <message>
            <source>no API token for the account “{name}”: set KONTOR_API_TOKEN or store it in Preferences → Accounts (system keychain).</source>
            <translation>geen API-token voor het account “{name}”: stel KONTOR_API_TOKEN in of sla het op in Instellingen → Accounts (sleutelhanger van het systeem).</translation>
        </message>
        <message>
            <source>Syncing {path} with {type} “{name}” ({url})</source>
            <translation>{path} wordt gesynchroniseerd met {type} “{name}” ({url})</translation>
        </message>
        <message>
            <source>stopped. What was not sent stays queued.</source>
            <translation>gestopt. Wat niet is verzonden, blijft in de wachtrij.</translation>
        </message>
        <message>
            <source>{account}: sync {outcome}: {summary}</source>
            <translation>{account}: synchronisatie {outcome}: {summary}</translation>
        </message>
        <message>
            <source>no server address and no org</source>
            <translation>geen serveradres en geen organisatie</translation>
        </message>
        <message>
            <source>no server address</source>
            <translation>geen serveradres</translation>
        </message>
        <message>
            <source>no org</source>
            <translation>geen organisatie</translation>
        </message>
        <message>
            <source>Sync is not set up yet for {path} ({missing}). Enter the server address and the organization in Preferences, or give --url URL --org ORG (kept in the database for the next runs).</source>
            <translation>Synchronisatie is nog niet ingesteld voor {path} ({missing}). Vul het serveradres en de organisatie in bij Instellingen, of geef --url URL --org ORG op (wordt in de database bewaard voor de volgende runs).</translation>
        </message>
        <message>
            <source>the sync settings cannot be used: {problems}</source>
            <translation>de synchronisatie-instellingen kunnen niet worden gebruikt: {problems}</translation>
        </message>
        <message>
            <source>{url} (org {org})</source>
            <translation>{url} (organisatie {org})</translation>
        </message>
        <message>
            <source>Syncing {path} with {server}</source>
            <translation>{path} wordt gesynchroniseerd met {server}</translation>
        </message>
        <message>
            <source>stopped. What was not sent stays queued for the next run.</source>
            <translation>gestopt. Wat niet is verzonden, blijft in de wachtrij voor de volgende run.</translation>
        </message>
        <message>
            <source>Kept {server} in {path}: next time `kontor sync --db {path}` needs no --url / --org.</source>
            <translation>{server} bewaard in {path}: de volgende keer heeft `kontor sync --db {path}` geen --url / --org nodig.</translation>
        </message>
        <message>
            <source>Sync {outcome}: {summary}</source>
            <translation>Synchronisatie {outcome}: {summary}</translation>
        </message>
        <message>
            <source>Set KONTOR_API_TOKEN, or store the token in Preferences (system keychain).</source>
            <translation>Stel KONTOR_API_TOKEN in, of sla het token op in Instellingen (sleutelhanger van het systeem).</translation>
        </message>
        <message>
            <source>Run again with --allow-deletions to apply the deletions.</source>
            <translation>Voer opnieuw uit met --allow-deletions om de verwijderingen toe te passen.</translation>
        </message>
        <message>
            <source>the run failed: {error}</source>
            <translation>de run is mislukt: {error}</translation>
        </message>
    </context>
    <context>
        <name>Connection</name>
        <message>
            <source>No API token is stored for this server. Enter the API token.</source>
            <translation>Er is geen API-token opgeslagen voor deze server. Voer het API-token in.</translation>
        </message>
        <message>
            <source>{host} did not answer within {seconds} seconds. Check the address and your network.</source>
            <translation>{host} heeft niet binnen {seconds} seconden geantwoord. Controleer het adres en uw netwerk.</translation>
        </message>
        <message>
            <source>{host} accepted the connection but did not answer within {seconds} seconds. The server may be busy; try again later.</source>
            <translation>{host} heeft de verbinding aanvaard maar niet binnen {seconds} seconden geantwoord. De server is misschien druk bezet; probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>The connection to {host} broke off ({reason}). Check the address and your network, then try again.</source>
            <translation>De verbinding met {host} is verbroken ({reason}). Controleer het adres en uw netwerk en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Cannot reach {host}: {reason}. Check the address and your network.</source>
            <translation>{host} is niet bereikbaar: {reason}. Controleer het adres en uw netwerk.</translation>
        </message>
        <message>
            <source>unknown reason</source>
            <translation>onbekende reden</translation>
        </message>
        <message>
            <source>The server's TLS certificate could not be verified: {detail}. Kontor only talks to {host} over a verified connection; ask your administrator about the certificate.</source>
            <translation>Het TLS-certificaat van de server kon niet worden geverifieerd: {detail}. Kontor communiceert alleen via een geverifieerde verbinding met {host}; vraag uw beheerder naar het certificaat.</translation>
        </message>
        <message>
            <source>A secure (TLS) connection to {host} could not be made: {detail}. Check that the address starts with the right scheme (https:// or http://) and uses the right port.</source>
            <translation>Er kon geen beveiligde (TLS-)verbinding met {host} worden gemaakt: {detail}. Controleer of het adres met het juiste schema begint (https:// of http://) en de juiste poort gebruikt.</translation>
        </message>
        <message>
            <source>the host name could not be found</source>
            <translation>de hostnaam is niet gevonden</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>verbinding geweigerd</translation>
        </message>
        <message>
            <source>no route to the host</source>
            <translation>geen route naar de host</translation>
        </message>
        <message>
            <source>Connected to {host}: organization “{org}” is reachable and the token is accepted.</source>
            <translation>Verbonden met {host}: organisatie “{org}” is bereikbaar en het token wordt aanvaard.</translation>
        </message>
        <message>
            <source>it answered {status} without a contact listing</source>
            <translation>de server antwoordde {status} zonder lijst van contacten</translation>
        </message>
        <message>
            <source>{host} redirects the request to {target} ({status}). Enter the address it redirects to as the server address.</source>
            <translation>{host} stuurt het verzoek door naar {target} ({status}). Voer het adres waarnaar wordt doorgestuurd in als serveradres.</translation>
        </message>
        <message>
            <source>{host} redirects the request ({status}). Enter the address it redirects to as the server address.</source>
            <translation>{host} stuurt het verzoek door ({status}). Voer het adres waarnaar wordt doorgestuurd in als serveradres.</translation>
        </message>
        <message>
            <source>The server refused the token (401). Enter a valid API token.</source>
            <translation>De server heeft het token geweigerd (401). Voer een geldig API-token in.</translation>
        </message>
        <message>
            <source>The token is not allowed to read the contacts of organization “{org}” (403). Ask your administrator for a token with access to it.</source>
            <translation>Het token mag de contacten van organisatie “{org}” niet lezen (403). Vraag uw beheerder om een token met toegang daartoe.</translation>
        </message>
        <message>
            <source>it answered 404 for the contact listing</source>
            <translation>de server antwoordde 404 voor de lijst van contacten</translation>
        </message>
        <message>
            <source>Organization “{org}” was not found (404). Check the organization id and the server address.</source>
            <translation>Organisatie “{org}” is niet gevonden (404). Controleer de organisatie-id en het serveradres.</translation>
        </message>
        <message>
            <source>The server could not answer ({status}). Try again later; if it keeps happening, tell your administrator.</source>
            <translation>De server kon niet antwoorden ({status}). Probeer het later opnieuw; als het blijft gebeuren, licht dan uw beheerder in.</translation>
        </message>
        <message>
            <source>it answered {status}</source>
            <translation>de server antwoordde {status}</translation>
        </message>
        <message>
            <source>{host} does not look like the Contacts API ({what}). Check the server address; it usually ends with the API version, e.g. /v1.</source>
            <translation>{host} lijkt niet op de Contacts API ({what}). Controleer het serveradres; het eindigt meestal op de API-versie, bv. /v1.</translation>
        </message>
        <message>
            <source>Enter the server address, e.g. {example}.</source>
            <translation>Voer het serveradres in, bv. {example}.</translation>
        </message>
        <message>
            <source>The server address must not contain spaces.</source>
            <translation>Het serveradres mag geen spaties bevatten.</translation>
        </message>
        <message>
            <source>The server address is not a valid web address (e.g. {example}).</source>
            <translation>Het serveradres is geen geldig webadres (bv. {example}).</translation>
        </message>
        <message>
            <source>The server address must start with https:// (e.g. {example}).</source>
            <translation>Het serveradres moet beginnen met https:// (bv. {example}).</translation>
        </message>
        <message>
            <source>The server address needs a host name, e.g. {example}.</source>
            <translation>Het serveradres heeft een hostnaam nodig, bv. {example}.</translation>
        </message>
        <message>
            <source>The server address must not contain a user name or password; enter the API token in its own field.</source>
            <translation>Het serveradres mag geen gebruikersnaam of wachtwoord bevatten; voer het API-token in het eigen veld in.</translation>
        </message>
        <message>
            <source>The server address must not contain “?” or “#”.</source>
            <translation>Het serveradres mag geen “?” of “#” bevatten.</translation>
        </message>
        <message>
            <source>The port in the server address must be between 1 and 65535.</source>
            <translation>De poort in het serveradres moet tussen 1 en 65535 liggen.</translation>
        </message>
        <message>
            <source>Plain http:// is allowed only for a server on this computer (localhost, 127.0.0.1 or ::1). Use https://{address} instead.</source>
            <translation>Gewoon http:// is alleen toegestaan voor een server op deze computer (localhost, 127.0.0.1 of ::1). Gebruik in plaats daarvan https://{address}.</translation>
        </message>
        <message>
            <source>Enter the organization id.</source>
            <extracomment>The words for a tenant id's problems, by what the tenant is: empty, too long, a “/” in it, control characters in it.</extracomment>
            <translation>Voer de organisatie-id in.</translation>
        </message>
        <message>
            <source>The organization id is at most {most} characters long (this one has {length}).</source>
            <translation>De organisatie-id mag hoogstens {most} tekens lang zijn (deze heeft er {length}).</translation>
        </message>
        <message>
            <source>The organization id must not contain “/”.</source>
            <translation>De organisatie-id mag geen “/” bevatten.</translation>
        </message>
        <message>
            <source>The organization id must not contain control characters.</source>
            <translation>De organisatie-id mag geen besturingstekens bevatten.</translation>
        </message>
        <message>
            <source>Enter the partner id.</source>
            <translation>Voer de partner-id in.</translation>
        </message>
        <message>
            <source>The partner id is at most {most} characters long (this one has {length}).</source>
            <translation>De partner-id mag hoogstens {most} tekens lang zijn (deze heeft er {length}).</translation>
        </message>
        <message>
            <source>The partner id must not contain “/”.</source>
            <translation>De partner-id mag geen “/” bevatten.</translation>
        </message>
        <message>
            <source>The partner id must not contain control characters.</source>
            <translation>De partner-id mag geen besturingstekens bevatten.</translation>
        </message>
        <message>
            <source>The sync interval must be a whole number of minutes from 0 (sync by hand only) to {most} (once a day).</source>
            <translation>Het synchronisatie-interval moet een geheel aantal minuten zijn, van 0 (alleen handmatig synchroniseren) tot {most} (eenmaal per dag).</translation>
        </message>
        <message>
            <source>Unknown route names in the sync settings: {names}.</source>
            <translation>Onbekende routenamen in de synchronisatie-instellingen: {names}.</translation>
        </message>
        <message>
            <source>Route templates must start with “/”: {names}.</source>
            <translation>Routesjablonen moeten met “/” beginnen: {names}.</translation>
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
        <message>
            <source>Show all</source>
            <translation>Alles tonen</translation>
        </message>
        <message>
            <source>Show every contact again (the other filters stay)</source>
            <translation>Weer alle contacten tonen (de andere filters blijven)</translation>
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
        <message numerus="yes">
            <source>%Ln+ people</source>
            <translation>
                <numerusform>%Ln+ personen</numerusform>
                <numerusform>%Ln+ personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln persoon</numerusform>
                <numerusform>%Ln personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ organizations</source>
            <translation>
                <numerusform>%Ln+ organisaties</numerusform>
                <numerusform>%Ln+ organisaties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organizations</source>
            <translation>
                <numerusform>%Ln organisatie</numerusform>
                <numerusform>%Ln organisaties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ matches</source>
            <translation>
                <numerusform>%Ln+ resultaten</numerusform>
                <numerusform>%Ln+ resultaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln resultaat</numerusform>
                <numerusform>%Ln resultaten</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>The first %Ln rows as they would be imported (red: not imported, amber: imported with a warning; point at a cell for the reason):</source>
            <translation>
                <numerusform>De eerste %Ln rij zoals die geïmporteerd zou worden (rood: niet geïmporteerd, oranje: geïmporteerd met een waarschuwing; wijs een cel aan voor de reden):</numerusform>
                <numerusform>De eerste %Ln rijen zoals ze geïmporteerd zouden worden (rood: niet geïmporteerd, oranje: geïmporteerd met een waarschuwing; wijs een cel aan voor de reden):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{kind} — %Ln columns</source>
            <translation>
                <numerusform>{kind} — %Ln kolom</numerusform>
                <numerusform>{kind} — %Ln kolommen</numerusform>
            </translation>
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
        <name>CsvTargets</name>
        <message>
            <source>Full name</source>
            <translation>Volledige naam</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Tweede voornaam</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>Title (Dr., Mr., …)</source>
            <translation>Titel (dr., ir., …)</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Achtervoegsel</translation>
        </message>
        <message>
            <source>Person or organization</source>
            <translation>Persoon of organisatie</translation>
        </message>
        <message>
            <source>Organization / company</source>
            <translation>Organisatie / bedrijf</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Verjaardag</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Jubileum</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geslacht</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Tags / categories</source>
            <translation>Tags / categorieën</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>Externe id</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>Btw-nummer</translation>
        </message>
        <message>
            <source>E-mail (home)</source>
            <translation>E-mail (privé)</translation>
        </message>
        <message>
            <source>E-mail (work)</source>
            <translation>E-mail (werk)</translation>
        </message>
        <message>
            <source>E-mail (other)</source>
            <translation>E-mail (overig)</translation>
        </message>
        <message>
            <source>Phone (mobile)</source>
            <translation>Telefoon (mobiel)</translation>
        </message>
        <message>
            <source>Phone (work)</source>
            <translation>Telefoon (werk)</translation>
        </message>
        <message>
            <source>Phone (home)</source>
            <translation>Telefoon (privé)</translation>
        </message>
        <message>
            <source>Phone (main number)</source>
            <translation>Telefoon (hoofdnummer)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Fax (work)</source>
            <translation>Fax (werk)</translation>
        </message>
        <message>
            <source>Fax (home)</source>
            <translation>Fax (privé)</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Pager</translation>
        </message>
        <message>
            <source>Phone (other)</source>
            <translation>Telefoon (overig)</translation>
        </message>
        <message>
            <source>Web address (personal)</source>
            <translation>Webadres (persoonlijk)</translation>
        </message>
        <message>
            <source>Web address (work)</source>
            <translation>Webadres (werk)</translation>
        </message>
        <message>
            <source>Home address</source>
            <translation>Privéadres</translation>
        </message>
        <message>
            <source>Work address</source>
            <translation>Werkadres</translation>
        </message>
        <message>
            <source>Other address</source>
            <translation>Ander adres</translation>
        </message>
        <message>
            <source>E-mail {n}</source>
            <translation>E-mail {n}</translation>
        </message>
        <message>
            <source>Phone {n}</source>
            <translation>Telefoon {n}</translation>
        </message>
        <message>
            <source>Web address {n}</source>
            <translation>Webadres {n}</translation>
        </message>
        <message>
            <source>Address {n}</source>
            <translation>Adres {n}</translation>
        </message>
        <message>
            <source>street</source>
            <translation>straat</translation>
        </message>
        <message>
            <source>street line 2</source>
            <translation>straat, regel 2</translation>
        </message>
        <message>
            <source>street line 3</source>
            <translation>straat, regel 3</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>postbus</translation>
        </message>
        <message>
            <source>city</source>
            <translation>plaats</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>postcode</translation>
        </message>
        <message>
            <source>state / region</source>
            <translation>provincie / regio</translation>
        </message>
        <message>
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <source>whole address</source>
            <translation>volledig adres</translation>
        </message>
        <message>
            <source>{field} — {part}</source>
            <translation>{field} — {part}</translation>
        </message>
        <message>
            <source>type or label</source>
            <translation>type of label</translation>
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
        <message numerus="yes">
            <source>%Ln deleted customer lists</source>
            <translation>
                <numerusform>%Ln verwijderde klantenlijst</numerusform>
                <numerusform>%Ln verwijderde klantenlijsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer lists</source>
            <translation>
                <numerusform>%Ln klantenlijst</numerusform>
                <numerusform>%Ln klantenlijsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%Ln in the trash)</source>
            <translation>
                <numerusform> (%Ln in de prullenbak)</numerusform>
                <numerusform> (%Ln in de prullenbak)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln members</source>
            <translation>
                <numerusform>%Ln lid</numerusform>
                <numerusform>%Ln leden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln members added to “{name}”</source>
            <translation>
                <numerusform>%Ln lid toegevoegd aan “{name}”</numerusform>
                <numerusform>%Ln leden toegevoegd aan “{name}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln members taken out of “{name}”</source>
            <translation>
                <numerusform>%Ln lid uit “{name}” gehaald</numerusform>
                <numerusform>%Ln leden uit “{name}” gehaald</numerusform>
            </translation>
        </message>
        <message>
            <source>No list chosen — make one with New list (Ctrl+N)</source>
            <translation>Geen lijst gekozen — maak er een met Nieuwe lijst (Ctrl+N)</translation>
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
            <source>Stop the check; the counts of the previous check stay</source>
            <translation>De controle stoppen; de aantallen van de vorige controle blijven staan</translation>
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
            <source>Show in People</source>
            <translation>Tonen in Personen</translation>
        </message>
        <message>
            <source>List just these people in People, to open and fix them one by one</source>
            <translation>Alleen deze personen in Personen weergeven, om ze een voor een te openen en te corrigeren</translation>
        </message>
        <message>
            <source>Show in Organizations</source>
            <translation>Tonen in Organisaties</translation>
        </message>
        <message>
            <source>List just these organizations in Organizations, to open and fix them</source>
            <translation>Alleen deze organisaties in Organisaties weergeven, om ze te openen en te corrigeren</translation>
        </message>
        <message>
            <source>Checking every contact…</source>
            <translation>Alle contacten worden gecontroleerd…</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln contacts…</source>
            <translation>
                <numerusform>%Ln contact wordt gecontroleerd…</numerusform>
                <numerusform>%Ln contacten worden gecontroleerd…</numerusform>
            </translation>
        </message>
        <message>
            <source>Check cancelled</source>
            <translation>Controle geannuleerd</translation>
        </message>
        <message>
            <source>The check was cancelled; the book has not been checked yet.</source>
            <translation>De controle is geannuleerd; het adresboek is nog niet gecontroleerd.</translation>
        </message>
        <message>
            <source>Check cancelled: the counts of the previous check stay</source>
            <translation>Controle geannuleerd: de aantallen van de vorige controle blijven staan</translation>
        </message>
        <message>
            <source>The check failed: {reason}</source>
            <translation>De controle is mislukt: {reason}</translation>
        </message>
        <message>
            <source>Data quality: not checked yet</source>
            <translation>Datakwaliteit: nog niet gecontroleerd</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts checked (whole book {when}); kept current as contacts change.</source>
            <translation>
                <numerusform>%Ln contact gecontroleerd (hele adresboek: {when}); blijft bijgewerkt wanneer contacten wijzigen.</numerusform>
                <numerusform>%Ln contacten gecontroleerd (hele adresboek: {when}); blijft bijgewerkt wanneer contacten wijzigen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problems found in {contacts}</source>
            <translation>
                <numerusform>%Ln probleem gevonden in {contacts}</numerusform>
                <numerusform>%Ln problemen gevonden in {contacts}</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Samenvoegen…</translation>
        </message>
        <message numerus="yes">
            <source>Data quality: %Ln contacts with “{problem}”</source>
            <translation>
                <numerusform>Datakwaliteit: %Ln contact met “{problem}”</numerusform>
                <numerusform>Datakwaliteit: %Ln contacten met “{problem}”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database {file} was last used by a newer version of Kontor (schema {revision}). Please install the latest Kontor to open it. The file has not been changed.</source>
            <translation>De database {file} is het laatst gebruikt door een nieuwere versie van Kontor (schema {revision}). Installeer de nieuwste versie van Kontor om de database te openen. Het bestand is niet gewijzigd.</translation>
        </message>
        <message>
            <source>{path} is not a Kontor database ({reason}). The file has not been changed.</source>
            <translation>{path} is geen Kontor-database ({reason}). Het bestand is niet gewijzigd.</translation>
        </message>
        <message>
            <source>The database {file} is damaged ({reason}). Kontor has not opened it, so nothing in it has been changed.</source>
            <translation>De database {file} is beschadigd ({reason}). Kontor heeft de database niet geopend, dus er is niets in gewijzigd.</translation>
        </message>
        <message>
            <source>The newest good backup is {backup} (saved {saved}, in {folder}). Start Kontor to restore it, or run: kontor restore-backup --db "{path}". The damaged file is kept beside it under another name.</source>
            <translation>De nieuwste goede back-up is {backup} (opgeslagen {saved}, in {folder}). Start Kontor om die te herstellen, of voer uit: kontor restore-backup --db "{path}". Het beschadigde bestand blijft ernaast bewaard onder een andere naam.</translation>
        </message>
        <message>
            <source>Kontor found no good backup of it in {folder}.</source>
            <translation>Kontor heeft er geen goede back-up van gevonden in {folder}.</translation>
        </message>
        <message>
            <source>The database {file} could not be created ({reason}).</source>
            <translation>De database {file} kon niet worden aangemaakt ({reason}).</translation>
        </message>
        <message>
            <source>The database {file} could not be upgraded from schema {current} to {target} ({reason}).</source>
            <translation>De database {file} kon niet worden bijgewerkt van schema {current} naar {target} ({reason}).</translation>
        </message>
        <message>
            <source>It has been left as it was; a copy from before is in {backup}.</source>
            <translation>De database is gelaten zoals ze was; een kopie van daarvoor staat in {backup}.</translation>
        </message>
        <message>
            <source>It has been left as it was.</source>
            <translation>De database is gelaten zoals ze was.</translation>
        </message>
        <message>
            <source>it is not an SQLite database</source>
            <translation>het is geen SQLite-database</translation>
        </message>
        <message>
            <source>it holds other tables</source>
            <translation>ze bevat andere tabellen</translation>
        </message>
        <message>
            <source>The database {file} could not be read ({error}). It has not been changed.</source>
            <translation>De database {file} kon niet worden gelezen ({error}). Ze is niet gewijzigd.</translation>
        </message>
        <message>
            <source>The backup {backup} is not a sound Kontor database.</source>
            <translation>De back-up {backup} is geen intacte Kontor-database.</translation>
        </message>
        <message>
            <source>The database {file} could not be checked ({error}). It has not been changed.</source>
            <translation>De database {file} kon niet worden gecontroleerd ({error}). Ze is niet gewijzigd.</translation>
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
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>en nog %Ln</numerusform>
                <numerusform>en nog %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same VAT number ({value})</source>
            <translation>zelfde btw-nummer ({value})</translation>
        </message>
        <message>
            <source>same e-mail ({value})</source>
            <translation>zelfde e-mailadres ({value})</translation>
        </message>
        <message>
            <source>same phone ({value})</source>
            <translation>zelfde telefoonnummer ({value})</translation>
        </message>
        <message>
            <source>customer role</source>
            <translation>klantrol</translation>
        </message>
        <message>
            <source>supplier role</source>
            <translation>leveranciersrol</translation>
        </message>
        <message>
            <source>alternative payer role</source>
            <translation>rol alternatieve betaler</translation>
        </message>
        <message>
            <source>1 address</source>
            <translation>1 adres</translation>
        </message>
        <message>
            <source>{n} addresses</source>
            <translation>{n} adressen</translation>
        </message>
        <message>
            <source>1 e-mail</source>
            <translation>1 e-mailadres</translation>
        </message>
        <message>
            <source>{n} e-mails</source>
            <translation>{n} e-mailadressen</translation>
        </message>
        <message>
            <source>1 phone</source>
            <translation>1 telefoonnummer</translation>
        </message>
        <message>
            <source>{n} phones</source>
            <translation>{n} telefoonnummers</translation>
        </message>
        <message>
            <source>1 web address</source>
            <translation>1 webadres</translation>
        </message>
        <message>
            <source>{n} web addresses</source>
            <translation>{n} webadressen</translation>
        </message>
        <message>
            <source>1 professional identity</source>
            <translation>1 professionele identiteit</translation>
        </message>
        <message>
            <source>{n} professional identities</source>
            <translation>{n} professionele identiteiten</translation>
        </message>
        <message>
            <source>1 relationship</source>
            <translation>1 relatie</translation>
        </message>
        <message>
            <source>{n} relationships</source>
            <translation>{n} relaties</translation>
        </message>
        <message>
            <source>1 department</source>
            <translation>1 afdeling</translation>
        </message>
        <message>
            <source>{n} departments</source>
            <translation>{n} afdelingen</translation>
        </message>
        <message>
            <source>1 location</source>
            <translation>1 locatie</translation>
        </message>
        <message>
            <source>{n} locations</source>
            <translation>{n} locaties</translation>
        </message>
        <message>
            <source>1 membership</source>
            <translation>1 lidmaatschap</translation>
        </message>
        <message>
            <source>{n} memberships</source>
            <translation>{n} lidmaatschappen</translation>
        </message>
        <message>
            <source>1 picture</source>
            <translation>1 afbeelding</translation>
        </message>
        <message>
            <source>{n} pictures</source>
            <translation>{n} afbeeldingen</translation>
        </message>
        <message>
            <source>similar name “{name}” in {city}</source>
            <translation>gelijkende naam “{name}” in {city}</translation>
        </message>
        <message>
            <source>similar name ({score}%) in the same city</source>
            <translation>gelijkende naam ({score}%) in dezelfde plaats</translation>
        </message>
        <message>
            <source>A contact cannot be merged with itself.</source>
            <translation>Een contact kan niet met zichzelf worden samengevoegd.</translation>
        </message>
        <message>
            <source>A person and an organization cannot be merged.</source>
            <translation>Een persoon en een organisatie kunnen niet worden samengevoegd.</translation>
        </message>
        <message>
            <source>Restore the contact from the trash before merging it.</source>
            <translation>Herstel het contact uit de prullenbak voordat u het samenvoegt.</translation>
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
        <message numerus="yes">
            <source>Looking for duplicates… {done} of %Ln contacts compared</source>
            <translation>
                <numerusform>Duplicaten worden gezocht… {done} van %Ln contact vergeleken</numerusform>
                <numerusform>Duplicaten worden gezocht… {done} van %Ln contacten vergeleken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln possible duplicate pairs</source>
            <translation>
                <numerusform>%Ln paar mogelijke duplicaten</numerusform>
                <numerusform>%Ln paren mogelijke duplicaten</numerusform>
            </translation>
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
        <name>EnumValue</name>
        <message>
            <source>Not qualified</source>
            <translation>Niet gespecificeerd</translation>
        </message>
        <message>
            <source>Factory</source>
            <translation>Fabriek</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>Hoofdkantoor</translation>
        </message>
        <message>
            <source>Home office</source>
            <translation>Thuiskantoor</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Kantoor</translation>
        </message>
        <message>
            <source>Office center</source>
            <translation>Kantorencentrum</translation>
        </message>
        <message>
            <source>Packstation</source>
            <translation>Pakketautomaat</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Postbus</translation>
        </message>
        <message>
            <source>Post office</source>
            <translation>Postkantoor</translation>
        </message>
        <message>
            <source>Residential home</source>
            <translation>Woonhuis</translation>
        </message>
        <message>
            <source>Second home</source>
            <translation>Tweede woning</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>Servicepunt</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Winkel</translation>
        </message>
        <message>
            <source>Subsidiary</source>
            <translation>Dochteronderneming</translation>
        </message>
        <message>
            <source>Vacation home</source>
            <translation>Vakantiewoning</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Magazijn</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Correspondence</source>
            <translation>Correspondentie</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Facturen</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Verzending</translation>
        </message>
        <message>
            <source>E-mail alias</source>
            <translation>E-mailalias</translation>
        </message>
        <message>
            <source>Mailing list</source>
            <translation>Mailinglijst</translation>
        </message>
        <message>
            <source>Personal e-mail</source>
            <translation>Persoonlijk e-mailadres</translation>
        </message>
        <message>
            <source>Work e-mail</source>
            <translation>Zakelijk e-mailadres</translation>
        </message>
        <message>
            <source>Direct extension</source>
            <translation>Direct toestelnummer</translation>
        </message>
        <message>
            <source>Direct fax</source>
            <translation>Directe fax</translation>
        </message>
        <message>
            <source>Direct line</source>
            <translation>Directe lijn</translation>
        </message>
        <message>
            <source>Fax line</source>
            <translation>Faxlijn</translation>
        </message>
        <message>
            <source>Fixed line</source>
            <translation>Vaste lijn</translation>
        </message>
        <message>
            <source>Home fax</source>
            <translation>Fax thuis</translation>
        </message>
        <message>
            <source>Home phone</source>
            <translation>Telefoon thuis</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Hotline</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Hoofdnummer</translation>
        </message>
        <message>
            <source>Main fax</source>
            <translation>Hoofdfax</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobiel</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Pager</translation>
        </message>
        <message>
            <source>Personal mobile</source>
            <translation>Mobiel privé</translation>
        </message>
        <message>
            <source>Satellite</source>
            <translation>Satelliet</translation>
        </message>
        <message>
            <source>Virtual line</source>
            <translation>Virtuele lijn</translation>
        </message>
        <message>
            <source>VoIP line</source>
            <translation>VoIP-lijn</translation>
        </message>
        <message>
            <source>Work mobile</source>
            <translation>Mobiel werk</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Bellen</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>Sms</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Blog</source>
            <translation>Blog</translation>
        </message>
        <message>
            <source>Facebook page or profile</source>
            <translation>Facebookpagina of -profiel</translation>
        </message>
        <message>
            <source>Google+ profile</source>
            <translation>Google+-profiel</translation>
        </message>
        <message>
            <source>Homepage or website</source>
            <translation>Homepage of website</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>LinkedIn-profiel</translation>
        </message>
        <message>
            <source>Online store</source>
            <translation>Webwinkel</translation>
        </message>
        <message>
            <source>Organization blog</source>
            <translation>Blog van de organisatie</translation>
        </message>
        <message>
            <source>Organization profile</source>
            <translation>Profiel van de organisatie</translation>
        </message>
        <message>
            <source>Organization website</source>
            <translation>Website van de organisatie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Personal blog</source>
            <translation>Persoonlijk blog</translation>
        </message>
        <message>
            <source>Personal profile</source>
            <translation>Persoonlijk profiel</translation>
        </message>
        <message>
            <source>Personal website</source>
            <translation>Persoonlijke website</translation>
        </message>
        <message>
            <source>Professional blog</source>
            <translation>Professioneel blog</translation>
        </message>
        <message>
            <source>Professional profile</source>
            <translation>Professioneel profiel</translation>
        </message>
        <message>
            <source>Professional website</source>
            <translation>Professionele website</translation>
        </message>
        <message>
            <source>Twitter profile</source>
            <translation>Twitter-profiel</translation>
        </message>
        <message>
            <source>Twitter stream</source>
            <translation>Twitter-stream</translation>
        </message>
        <message>
            <source>XING profile</source>
            <translation>XING-profiel</translation>
        </message>
        <message>
            <source>Yelp image</source>
            <translation>Yelp-afbeelding</translation>
        </message>
        <message>
            <source>Instagram profile</source>
            <translation>Instagram-profiel</translation>
        </message>
        <message>
            <source>YouTube</source>
            <translation>YouTube</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Persoonlijk</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Professioneel</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Gast</translation>
        </message>
        <message>
            <source>Tax advisor</source>
            <translation>Belastingadviseur</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Integratie</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Vrouw</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>Diverse</source>
            <translation>Divers</translation>
        </message>
        <message>
            <source>Unspecified</source>
            <translation>Niet opgegeven</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Club</source>
            <extracomment>labels of the organization types the contact list filters on (an open enum: the editor takes any type typed, the filter offers these)</extracomment>
            <translation>Vereniging</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Hobby group</source>
            <translation>Hobbygroep</translation>
        </message>
        <message>
            <source>Kindergarten</source>
            <translation>Kleuterschool</translation>
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
        <message numerus="yes">
            <source>The &amp;selected rows (%Ln)</source>
            <translation>
                <numerusform>De &amp;geselecteerde rij (%Ln)</numerusform>
                <numerusform>De &amp;geselecteerde rijen (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contacts to {where}</source>
            <translation>
                <numerusform>%Ln contact geëxporteerd naar {where}</numerusform>
                <numerusform>%Ln contacten geëxporteerd naar {where}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contacts into the folder {where} (one file each)</source>
            <translation>
                <numerusform>%Ln contact geëxporteerd naar de map {where} (één bestand per contact)</numerusform>
                <numerusform>%Ln contacten geëxporteerd naar de map {where} (één bestand per contact)</numerusform>
            </translation>
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
            <source>Nothing was exported: {error}</source>
            <translation>Er is niets geëxporteerd: {error}</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>{label} {part}</source>
            <extracomment>A label or message in words, or a function that gives it: labels and messages are put into words only for a problem that is reported, not for every field checked (an import validates hundreds of thousands of fields that break no rule).</extracomment>
            <translation>{label}, {part}</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>valuta</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>usage context</source>
            <translation>gebruikscontext</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>address type</source>
            <translation>adrestype</translation>
        </message>
        <message>
            <source>usage</source>
            <translation>gebruik</translation>
        </message>
        <message>
            <source>address usage</source>
            <translation>adresgebruik</translation>
        </message>
        <message>
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>postcode</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>e-mail type</source>
            <translation>e-mailtype</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>phone type</source>
            <translation>telefoontype</translation>
        </message>
        <message>
            <source>phone usage</source>
            <translation>telefoongebruik</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Webadres</translation>
        </message>
        <message>
            <source>web address type</source>
            <translation>webadrestype</translation>
        </message>
        <message>
            <source>address {n}</source>
            <translation>adres {n}</translation>
        </message>
        <message>
            <source>e-mail {n}</source>
            <translation>e-mail {n}</translation>
        </message>
        <message>
            <source>phone {n}</source>
            <translation>telefoon {n}</translation>
        </message>
        <message>
            <source>web address {n}</source>
            <translation>webadres {n}</translation>
        </message>
        <message>
            <source>invoice address</source>
            <translation>factuuradres</translation>
        </message>
        <message>
            <source>delivery address</source>
            <translation>leveringsadres</translation>
        </message>
        <message>
            <source>Delivery and invoicing configuration {n}</source>
            <translation>Configuratie voor levering en facturering {n}</translation>
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
            <source>Credit limit</source>
            <translation>Kredietlimiet</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>EU-btw-nummer</translation>
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
            <source>Alternative payer number</source>
            <translation>Nummer alternatieve betaler</translation>
        </message>
        <message>
            <source>Alternative payer since</source>
            <translation>Alternatieve betaler sinds</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Afbeelding</translation>
        </message>
        <message>
            <source>Custom field {name}</source>
            <translation>Eigen veld {name}</translation>
        </message>
        <message>
            <source>Picture {n}</source>
            <translation>Afbeelding {n}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>External ID</source>
            <translation>Externe ID</translation>
        </message>
        <message>
            <source>Tag {n}</source>
            <translation>Tag {n}</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Owner type</source>
            <translation>Type eigenaar</translation>
        </message>
        <message>
            <source>owner type</source>
            <translation>type eigenaar</translation>
        </message>
        <message>
            <source>Professional identity {n}</source>
            <translation>Professionele identiteit {n}</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>organisatie</translation>
        </message>
        <message>
            <source>Relationship {n}</source>
            <translation>Relatie {n}</translation>
        </message>
        <message>
            <source>name</source>
            <translation>naam</translation>
        </message>
        <message>
            <source>opening hour</source>
            <translation>openingstijd</translation>
        </message>
        <message>
            <source>closing hour</source>
            <translation>sluitingstijd</translation>
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
            <source>Organization type</source>
            <translation>Type organisatie</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>Btw-nummer</translation>
        </message>
        <message>
            <source>Company registration number</source>
            <translation>Ondernemingsnummer</translation>
        </message>
        <message>
            <source>Invoice language</source>
            <translation>Factuurtaal</translation>
        </message>
        <message>
            <source>Location {n}</source>
            <translation>Locatie {n}</translation>
        </message>
        <message>
            <source>Membership {n}</source>
            <translation>Lidmaatschap {n}</translation>
        </message>
        <message>
            <source>department {n}</source>
            <translation>afdeling {n}</translation>
        </message>
        <message>
            <source>location {n}</source>
            <translation>locatie {n}</translation>
        </message>
        <message>
            <source>Professional identity</source>
            <translation>Professionele identiteit</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Paginagrootte</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Offset</translation>
        </message>
        <message>
            <source>Contact ID (mapping {n})</source>
            <translation>Contact-ID (koppeling {n})</translation>
        </message>
        <message>
            <source>External ID (mapping {n})</source>
            <translation>Externe ID (koppeling {n})</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>street</source>
            <translation>straat</translation>
        </message>
        <message>
            <source>city</source>
            <translation>plaats</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobiel nummer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>E-mail, phone or address</source>
            <translation>E-mail, telefoon of adres</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>E-mail {n}</source>
            <translation>E-mail {n}</translation>
        </message>
        <message>
            <source>Phone {n}</source>
            <translation>Telefoon {n}</translation>
        </message>
        <message>
            <source>Address {n}</source>
            <translation>Adres {n}</translation>
        </message>
        <message>
            <source>Web address {n}</source>
            <translation>Webadres {n}</translation>
        </message>
        <message>
            <source>Work {n}</source>
            <translation>Werk {n}</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Werk</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <source>Department {n}</source>
            <translation>Afdeling {n}</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Afdeling</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Lidmaatschap</translation>
        </message>
        <message>
            <source>Customer role</source>
            <translation>Klantrol</translation>
        </message>
        <message>
            <source>Supplier role</source>
            <translation>Leveranciersrol</translation>
        </message>
        <message>
            <source>Alternative payer role</source>
            <translation>Rol alternatieve betaler</translation>
        </message>
        <message>
            <source>Activation date</source>
            <translation>Activeringsdatum</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Toegevoegd</translation>
        </message>
        <message>
            <source>Additional</source>
            <translation>Toevoeging</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>Alternative payer</source>
            <translation>Alternatieve betaler</translation>
        </message>
        <message>
            <source>Alternative payer id</source>
            <translation>Id alternatieve betaler</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Jubileum</translation>
        </message>
        <message>
            <source>Api access configuration</source>
            <translation>Configuratie API-toegang</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <source>Brand id</source>
            <translation>Merk-id</translation>
        </message>
        <message>
            <source>Care of</source>
            <translation>Per adres</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Contact id</source>
            <translation>Contact-id</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Landcode</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>Aangemaakt op</translation>
        </message>
        <message>
            <source>Credentials key</source>
            <translation>Sleutel aanmeldgegevens</translation>
        </message>
        <message>
            <source>Creditor account id</source>
            <translation>Crediteurenrekening-id</translation>
        </message>
        <message>
            <source>Custom workflow config</source>
            <translation>Configuratie eigen workflow</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>Deactivation date</source>
            <translation>Deactiveringsdatum</translation>
        </message>
        <message>
            <source>Debtor account id</source>
            <translation>Debiteurenrekening-id</translation>
        </message>
        <message>
            <source>Deleted at</source>
            <translation>Verwijderd op</translation>
        </message>
        <message>
            <source>Delivery address id</source>
            <translation>Leveringsadres-id</translation>
        </message>
        <message>
            <source>Delivery and invoicing configurations</source>
            <translation>Configuraties voor levering en facturering</translation>
        </message>
        <message>
            <source>Department id</source>
            <translation>Afdelings-id</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Afdelingen</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Dvr</source>
            <translation>DVR</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Emails</source>
            <translation>E-mailadressen</translation>
        </message>
        <message>
            <source>Enabled tax exemptions</source>
            <translation>Toegepaste belastingvrijstellingen</translation>
        </message>
        <message>
            <source>Eu vat number</source>
            <translation>EU-btw-nummer</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Extern</translation>
        </message>
        <message>
            <source>External card</source>
            <translation>Externe kaart</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>Externe id</translation>
        </message>
        <message>
            <source>External organization id</source>
            <translation>Externe organisatie-id</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Founders</source>
            <translation>Oprichters</translation>
        </message>
        <message>
            <source>Full address</source>
            <translation>Volledig adres</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geslacht</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Global location number</source>
            <translation>Global Location Number (GLN)</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hoogte</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Afbeeldingen</translation>
        </message>
        <message>
            <source>Individual contact</source>
            <translation>Persoonscontact</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>Invoice address id</source>
            <translation>Factuuradres-id</translation>
        </message>
        <message>
            <source>Is active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Is suspended</source>
            <translation>Opgeschort</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>Leaders</source>
            <translation>Leidinggevenden</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limiet</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Beperkingen</translation>
        </message>
        <message>
            <source>Locale</source>
            <translation>Landinstelling</translation>
        </message>
        <message>
            <source>Location id</source>
            <translation>Locatie-id</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <source>Managed by</source>
            <translation>Beheerd door</translation>
        </message>
        <message>
            <source>Max retries</source>
            <translation>Maximaal aantal pogingen</translation>
        </message>
        <message>
            <source>Media type</source>
            <translation>Mediatype</translation>
        </message>
        <message>
            <source>Member count</source>
            <translation>Aantal leden</translation>
        </message>
        <message>
            <source>Member ids</source>
            <translation>Leden-id's</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Lidmaatschappen</translation>
        </message>
        <message>
            <source>My customer id</source>
            <translation>Mijn klant-id</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Office close hour</source>
            <translation>Sluitingstijd kantoor</translation>
        </message>
        <message>
            <source>Office open hour</source>
            <translation>Openingstijd kantoor</translation>
        </message>
        <message>
            <source>Organization contact</source>
            <translation>Organisatiecontact</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <source>Personal relationships</source>
            <translation>Persoonlijke relaties</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefoonnummers</translation>
        </message>
        <message>
            <source>Professional identities</source>
            <translation>Professionele identiteiten</translation>
        </message>
        <message>
            <source>Professional identity id</source>
            <translation>Id professionele identiteit</translation>
        </message>
        <message>
            <source>Provide contact address start url</source>
            <translation>Start-url contactadres opgeven</translation>
        </message>
        <message>
            <source>Provide contact start url</source>
            <translation>Start-url contact opgeven</translation>
        </message>
        <message>
            <source>Provider id</source>
            <translation>Provider-id</translation>
        </message>
        <message>
            <source>Recipient name</source>
            <translation>Naam geadresseerde</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>Remote deleted</source>
            <translation>Verwijderd op de server</translation>
        </message>
        <message>
            <source>Remote id</source>
            <translation>Externe id</translation>
        </message>
        <message>
            <source>Representatives</source>
            <translation>Vertegenwoordigers</translation>
        </message>
        <message>
            <source>Requires formal invoice</source>
            <translation>Vereist formele factuur</translation>
        </message>
        <message>
            <source>Retry interval in millis</source>
            <translation>Interval tussen pogingen (ms)</translation>
        </message>
        <message>
            <source>Show contact details start url</source>
            <translation>Start-url contactgegevens tonen</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Provincie</translation>
        </message>
        <message>
            <source>Street name</source>
            <translation>Straatnaam</translation>
        </message>
        <message>
            <source>Street number</source>
            <translation>Huisnummer</translation>
        </message>
        <message>
            <source>Supplier id</source>
            <translation>Leveranciers-id</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Tax information</source>
            <translation>Fiscale gegevens</translation>
        </message>
        <message>
            <source>Tax registration number</source>
            <translation>Fiscaal nummer</translation>
        </message>
        <message>
            <source>Timeout in millis</source>
            <translation>Time-out (ms)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Title suffix</source>
            <translation>Titel achter de naam</translation>
        </message>
        <message>
            <source>Track revenue</source>
            <translation>Omzet bijhouden</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Uid</source>
            <translation>UID</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Eenheid</translation>
        </message>
        <message>
            <source>Updated at</source>
            <translation>Bijgewerkt op</translation>
        </message>
        <message>
            <source>Url</source>
            <translation>Url</translation>
        </message>
        <message>
            <source>Usage context</source>
            <translation>Gebruikscontext</translation>
        </message>
        <message>
            <source>Usages</source>
            <translation>Gebruik</translation>
        </message>
        <message>
            <source>Use external contact management</source>
            <translation>Extern contactbeheer gebruiken</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Vat number</source>
            <translation>Btw-nummer</translation>
        </message>
        <message>
            <source>Vcard properties</source>
            <translation>vCard-eigenschappen</translation>
        </message>
        <message>
            <source>Web addresses</source>
            <translation>Webadressen</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Breedte</translation>
        </message>
        <message>
            <source>Zip</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Zvr</source>
            <translation>ZVR</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne notitie</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Eigen velden</translation>
        </message>
        <message>
            <source>Other vCard properties</source>
            <translation>Overige vCard-eigenschappen</translation>
        </message>
        <message>
            <source>In the trash since</source>
            <translation>In de prullenbak sinds</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
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
            <source>Used for</source>
            <translation>Gebruikt voor</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>Klant-id</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Leden</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation>Verwijderd op de server</translation>
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
        <name>History</name>
        <message>
            <source>merge of “{other}” into “{survivor}”</source>
            <translation>samenvoegen van “{other}” in “{survivor}”</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>“{name}”</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>geen naam</translation>
        </message>
        <message>
            <source>creation of the customer list {name}</source>
            <translation>aanmaken van de klantenlijst {name}</translation>
        </message>
        <message>
            <source>renaming the customer list {old} to {new}</source>
            <translation>naam van de klantenlijst {old} wijzigen in {new}</translation>
        </message>
        <message>
            <source>change of the customer list {name}</source>
            <translation>wijziging van de klantenlijst {name}</translation>
        </message>
        <message>
            <source>moving the customer list {name} to the trash</source>
            <translation>de klantenlijst {name} naar de prullenbak verplaatsen</translation>
        </message>
        <message>
            <source>restore of the customer list {name}</source>
            <translation>herstel van de klantenlijst {name}</translation>
        </message>
        <message>
            <source>adding {contact} to {name}</source>
            <translation>{contact} toevoegen aan {name}</translation>
        </message>
        <message>
            <source>taking {contact} out of {name}</source>
            <translation>{contact} uit {name} halen</translation>
        </message>
        <message>
            <source>“{action}” cannot be undone: {reason}</source>
            <translation>“{action}” kan niet ongedaan worden gemaakt: {reason}</translation>
        </message>
        <message>
            <source>“{action}” cannot be redone: {reason}</source>
            <translation>“{action}” kan niet opnieuw worden uitgevoerd: {reason}</translation>
        </message>
        <message>
            <source>{name} was changed since (by a later edit or a sync), and that change would be lost. The step has been removed from the history.</source>
            <translation>{name} is intussen gewijzigd (door een latere bewerking of een synchronisatie), en die wijziging zou verloren gaan. De stap is uit de geschiedenis verwijderd.</translation>
        </message>
        <message>
            <source>the tags of {name} were changed since. The step has been removed from the history.</source>
            <translation>de tags van {name} zijn intussen gewijzigd. De stap is uit de geschiedenis verwijderd.</translation>
        </message>
        <message>
            <source>the placeholder customer {name} was changed since. The step has been removed from the history.</source>
            <translation>de plaatshouderklant {name} is intussen gewijzigd. De stap is uit de geschiedenis verwijderd.</translation>
        </message>
        <message>
            <source>the customer list {name} was changed since. The step has been removed from the history.</source>
            <translation>de klantenlijst {name} is intussen gewijzigd. De stap is uit de geschiedenis verwijderd.</translation>
        </message>
        <message>
            <source>a stored undo step cannot be read: {error}</source>
            <translation>een opgeslagen stap om ongedaan te maken kan niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>the step is not stored any more</source>
            <translation>de stap is niet meer opgeslagen</translation>
        </message>
        <message>
            <source>Undo {action}</source>
            <translation>Ongedaan maken: {action}</translation>
        </message>
        <message>
            <source>Redo {action}</source>
            <translation>Opnieuw uitvoeren: {action}</translation>
        </message>
        <message>
            <source>creation of {name}</source>
            <translation>aanmaken van {name}</translation>
        </message>
        <message>
            <source>save of {name}</source>
            <translation>opslaan van {name}</translation>
        </message>
        <message>
            <source>moving {name} to the trash</source>
            <translation>{name} naar de prullenbak verplaatsen</translation>
        </message>
        <message>
            <source>restore of {name}</source>
            <translation>herstel van {name}</translation>
        </message>
        <message>
            <source>deletion of {name}</source>
            <translation>verwijderen van {name}</translation>
        </message>
        <message>
            <source>emptying the trash ({contacts})</source>
            <translation>prullenbak legen ({contacts})</translation>
        </message>
        <message>
            <source>tagging {contacts} with {tag}</source>
            <translation>tag {tag} toekennen aan {contacts}</translation>
        </message>
        <message>
            <source>removing the tag {tag} from {contacts}</source>
            <translation>tag {tag} weghalen bij {contacts}</translation>
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation>Er is niets om ongedaan te maken.</translation>
        </message>
        <message>
            <source>There is nothing to redo.</source>
            <translation>Er is niets om opnieuw uit te voeren.</translation>
        </message>
        <message>
            <source>{error}. The step has been removed from the history.</source>
            <translation>{error}. De stap is uit de geschiedenis verwijderd.</translation>
        </message>
        <message>
            <source>Undo of {action}</source>
            <translation>Ongedaan maken van {action}</translation>
        </message>
        <message>
            <source>Redo of {action}</source>
            <translation>Opnieuw uitvoeren van {action}</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation>1 contact</translation>
        </message>
        <message>
            <source>{n} contacts</source>
            <translation>{n} contacten</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mailadressen</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefoonnummers</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>Web addresses</source>
            <translation>Webadressen</translation>
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
            <source>Departments</source>
            <translation>Afdelingen</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Lidmaatschappen</translation>
        </message>
        <message>
            <source>Pictures</source>
            <translation>Afbeeldingen</translation>
        </message>
        <message>
            <source>Typed here</source>
            <translation>Hier getypt</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Samenvoegen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Opnieuw uitvoeren</translation>
        </message>
        <message>
            <source>Restored from the history</source>
            <translation>Hersteld uit de geschiedenis</translation>
        </message>
        <message>
            <source>Erased (privacy request)</source>
            <translation>Gewist (privacyverzoek)</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisatie</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demogegevens</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leeg)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Sync from {account}</source>
            <translation>Synchronisatie van {account}</translation>
        </message>
        <message>
            <source>The contact is not there any more.</source>
            <translation>Het contact bestaat niet meer.</translation>
        </message>
        <message>
            <source>“{field}” is not on the contact any more; the value cannot be put back.</source>
            <translation>“{field}” staat niet meer op het contact; de waarde kan niet worden teruggezet.</translation>
        </message>
        <message>
            <source>“{field}” cannot be restored from the history.</source>
            <translation>“{field}” kan niet uit de geschiedenis worden hersteld.</translation>
        </message>
        <message>
            <source>The old value of “{field}” does not fit the contact any more: {error}</source>
            <translation>De oude waarde van “{field}” past niet meer bij het contact: {error}</translation>
        </message>
        <message>
            <source>restoring {field} of “{name}”</source>
            <translation>herstellen van {field} van “{name}”</translation>
        </message>
        <message>
            <source>The placeholder customer is not there any more.</source>
            <translation>De plaatshouderklant bestaat niet meer.</translation>
        </message>
        <message>
            <source>The customer list is not there any more.</source>
            <translation>De klantenlijst bestaat niet meer.</translation>
        </message>
        <message>
            <source>The old value of “{field}” does not fit the record any more: {error}</source>
            <translation>De oude waarde van “{field}” past niet meer bij het record: {error}</translation>
        </message>
        <message>
            <source>Tag “{tag}”</source>
            <translation>Tag “{tag}”</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>added</source>
            <translation>toegevoegd</translation>
        </message>
        <message>
            <source>given</source>
            <translation>toegekend</translation>
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
            <source>Save or revert your changes to this customer first.</source>
            <translation>Sla eerst uw wijzigingen aan deze klant op of draai ze terug.</translation>
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
        <message numerus="yes">
            <source>%Ln changes</source>
            <translation>
                <numerusform>%Ln wijziging</numerusform>
                <numerusform>%Ln wijzigingen</numerusform>
            </translation>
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
        <name>Import</name>
        <message>
            <source>external id</source>
            <translation>externe id</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>btw-nummer</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefoonnummer</translation>
        </message>
        <message>
            <source>same {key} {value}</source>
            <translation>zelfde {key} {value}</translation>
        </message>
        <message>
            <source>the {key} {value} belongs to several contacts ({names}); not imported — merge them first or give the row an id</source>
            <translation>{key} {value} hoort bij meerdere contacten ({names}); niet geïmporteerd — voeg ze eerst samen of geef de rij een id</translation>
        </message>
        <message>
            <source>“{name}” has the same {key} {value} but another name: not taken as the same contact</source>
            <translation>“{name}” heeft ook {key} {value}, maar een andere naam: niet als hetzelfde contact beschouwd</translation>
        </message>
        <message>
            <source>create</source>
            <translation>aanmaken</translation>
        </message>
        <message>
            <source>update</source>
            <translation>bijwerken</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>samenvoegen</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>overslaan</translation>
        </message>
        <message>
            <source>{source} “{name}”</source>
            <translation>{source} “{name}”</translation>
        </message>
        <message>
            <source>{row}: {action} — {reason}</source>
            <translation>{row}: {action} — {reason}</translation>
        </message>
        <message>
            <source>{row}: {action}</source>
            <translation>{row}: {action}</translation>
        </message>
        <message>
            <source>{counts} ({reasons})</source>
            <translation>{counts} ({reasons})</translation>
        </message>
        <message>
            <source>the record cannot be read</source>
            <translation>het record kan niet worden gelezen</translation>
        </message>
        <message>
            <source>the same contact as {earlier} of this file ({reason})</source>
            <translation>hetzelfde contact als {earlier} van dit bestand ({reason})</translation>
        </message>
        <message>
            <source>“{name}” ({reason}) is in the trash — restore it to update it</source>
            <translation>“{name}” ({reason}) staat in de prullenbak — herstel het om het bij te werken</translation>
        </message>
        <message>
            <source>identical to “{name}” ({reason})</source>
            <translation>identiek aan “{name}” ({reason})</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>ongeldig</translation>
        </message>
        <message>
            <source>new contact</source>
            <translation>nieuw contact</translation>
        </message>
        <message>
            <source>“{name}” ({reason})</source>
            <translation>“{name}” ({reason})</translation>
        </message>
        <message>
            <source>{source} was merged into it (the same contact)</source>
            <translation>{source} is erin samengevoegd (hetzelfde contact)</translation>
        </message>
        <message>
            <source>merged into {earlier}: the same contact ({reason})</source>
            <translation>samengevoegd in {earlier}: hetzelfde contact ({reason})</translation>
        </message>
        <message>
            <source>several organizations are called “{name}”: the work there was not linked — link it by hand</source>
            <translation>meerdere organisaties heten “{name}”: het werk daar is niet gekoppeld — koppel het handmatig</translation>
        </message>
        <message>
            <source>organization named by {source}</source>
            <translation>organisatie genoemd in {source}</translation>
        </message>
        <message>
            <source>new organization</source>
            <translation>nieuwe organisatie</translation>
        </message>
        <message>
            <source>“{name}” was changed after the dry run; nothing was imported. Plan the import again.</source>
            <translation>“{name}” is na de proefimport gewijzigd; er is niets geïmporteerd. Plan de import opnieuw.</translation>
        </message>
        <message>
            <source>this plan has been applied already.</source>
            <translation>dit plan is al toegepast.</translation>
        </message>
        <message>
            <source>an organization the import links people to was deleted or moved to the trash after the dry run; nothing was imported. Plan the import again.</source>
            <translation>een organisatie waaraan de import personen koppelt, is na de proefimport verwijderd of naar de prullenbak verplaatst; er is niets geïmporteerd. Plan de import opnieuw.</translation>
        </message>
        <message>
            <source>import of “{file}” ({created}, {updated})</source>
            <translation>import van “{file}” ({created}, {updated})</translation>
        </message>
        <message>
            <source>“{field}” is not a field Kontor can import into</source>
            <translation>“{field}” is geen veld waarin Kontor kan importeren</translation>
        </message>
        <message>
            <source>the date order must be one of {orders}</source>
            <translation>de datumvolgorde moet een van {orders} zijn</translation>
        </message>
        <message>
            <source>{file} is not UTF-8; it was read as {encoding} (a guess). Check the names in the preview, or choose the encoding.</source>
            <translation>{file} is geen UTF-8; het is gelezen als {encoding} (een gok). Controleer de namen in het voorbeeld, of kies de codering.</translation>
        </message>
        <message>
            <source>{file} has no rows.</source>
            <translation>{file} bevat geen rijen.</translation>
        </message>
        <message>
            <source>{file}: the first row cannot be read ({error}).</source>
            <translation>{file}: de eerste rij kan niet worden gelezen ({error}).</translation>
        </message>
        <message>
            <source>{file}: line {line} cannot be read ({error}). Nothing was imported.</source>
            <translation>{file}: regel {line} kan niet worden gelezen ({error}). Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <source>{file} has more than {maximum} rows; an import may have at most that many. Split it into smaller files.</source>
            <translation>{file} heeft meer dan {maximum} rijen; een import mag er hoogstens zoveel hebben. Splits het op in kleinere bestanden.</translation>
        </message>
        <message>
            <source>row {line}</source>
            <translation>rij {line}</translation>
        </message>
        <message>
            <source>has {length} characters; a value may have at most {maximum}</source>
            <translation>heeft {length} tekens; een waarde mag er hoogstens {maximum} hebben</translation>
        </message>
        <message>
            <source>“{value}” is neither a person nor an organization; read as a person</source>
            <translation>“{value}” is geen persoon en geen organisatie; gelezen als persoon</translation>
        </message>
        <message>
            <source>“{value}” is not recognised; kept in the address text</source>
            <translation>“{value}” wordt niet herkend; bewaard in de adrestekst</translation>
        </message>
        <message>
            <source>a date without a year ({value}) cannot be kept</source>
            <translation>een datum zonder jaar ({value}) kan niet worden bewaard</translation>
        </message>
        <message>
            <source>“{value}” is not a date; not kept</source>
            <translation>“{value}” is geen datum; niet bewaard</translation>
        </message>
        <message>
            <source>the row has no name; named after its e-mail address</source>
            <translation>de rij heeft geen naam; genoemd naar het e-mailadres</translation>
        </message>
        <message>
            <source>the row has no name; named after its phone number</source>
            <translation>de rij heeft geen naam; genoemd naar het telefoonnummer</translation>
        </message>
        <message>
            <source>“{value}” is not a gender Kontor knows; not kept</source>
            <translation>“{value}” is geen geslacht dat Kontor kent; niet bewaard</translation>
        </message>
        <message>
            <source>a person has no VAT number in Kontor; not kept</source>
            <translation>een persoon heeft in Kontor geen btw-nummer; niet bewaard</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{file} is larger than an import file may be.</source>
            <translation>{file} is groter dan een importbestand mag zijn.</translation>
        </message>
        <message>
            <source>none of the columns of {file} is mapped to a contact field (headers: {headers}). Choose the columns' fields.</source>
            <translation>geen van de kolommen van {file} is gekoppeld aan een contactveld (kolomkoppen: {headers}). Kies de velden van de kolommen.</translation>
        </message>
        <message>
            <source>unknown columns: {columns}</source>
            <translation>onbekende kolommen: {columns}</translation>
        </message>
        <message>
            <source>the column mapping cannot be used: {problems}</source>
            <translation>de kolomkoppeling kan niet worden gebruikt: {problems}</translation>
        </message>
        <message>
            <source>the template “{name}” is damaged: {why}</source>
            <translation>het sjabloon “{name}” is beschadigd: {why}</translation>
        </message>
        <message>
            <source>“{name}” cannot be a template name: use letters, digits, spaces, - and _ (at most 80).</source>
            <translation>“{name}” kan geen sjabloonnaam zijn: gebruik letters, cijfers, spaties, - en _ (hoogstens 80).</translation>
        </message>
        <message>
            <source>there is no template “{name}”</source>
            <translation>er is geen sjabloon “{name}”</translation>
        </message>
        <message>
            <source>the template “{name}” cannot be read: {error}</source>
            <translation>het sjabloon “{name}” kan niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>the template “{name}” is damaged</source>
            <translation>het sjabloon “{name}” is beschadigd</translation>
        </message>
        <message>
            <source>{file} is {size}; an import file may be at most {maximum}. Split it into smaller files.</source>
            <translation>{file} is {size}; een importbestand mag hoogstens {maximum} zijn. Splits het op in kleinere bestanden.</translation>
        </message>
        <message>
            <source>{file} is empty.</source>
            <translation>{file} is leeg.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}</source>
            <translation>{file} kan niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>“{encoding}” is not a character encoding Kontor knows.</source>
            <translation>“{encoding}” is geen tekencodering die Kontor kent.</translation>
        </message>
        <message>
            <source>{file} is not valid {encoding}: line {line} has the byte 0x{byte}, which is not {encoding} text. Choose the file's real encoding, or save it as UTF-8.</source>
            <translation>{file} is geen geldige {encoding}: regel {line} bevat de byte 0x{byte}, die geen {encoding}-tekst is. Kies de werkelijke codering van het bestand, of sla het op als UTF-8.</translation>
        </message>
        <message>
            <source>{file} mixes character encodings: it has UTF-8 letters, but line {line} has the byte 0x{byte}, which is not UTF-8. Open it in a text editor and save it as UTF-8, then import it again.</source>
            <translation>{file} gebruikt verschillende tekencoderingen door elkaar: het bevat UTF-8-letters, maar regel {line} bevat de byte 0x{byte}, die geen UTF-8 is. Open het in een teksteditor, sla het op als UTF-8 en importeer het opnieuw.</translation>
        </message>
        <message>
            <source>{file} is not text in an encoding Kontor can recognise (it may be a picture, an archive or a damaged file).</source>
            <translation>{file} is geen tekst in een codering die Kontor kan herkennen (het is misschien een afbeelding, een archief of een beschadigd bestand).</translation>
        </message>
        <message>
            <source>{file} is not UTF-8; it was read as {encoding} (a guess). Check accented letters in the preview, or choose the encoding.</source>
            <translation>{file} is geen UTF-8; het is gelezen als {encoding} (een gok). Controleer de letters met accenten in het voorbeeld, of kies de codering.</translation>
        </message>
        <message>
            <source>{file} is not all UTF-8: {how} (each property's CHARSET, else detected).</source>
            <translation>{file} is niet volledig UTF-8: {how} (de CHARSET van elke eigenschap, anders herkend).</translation>
        </message>
        <message>
            <source>the file has more than {maximum} cards; an import may have at most that many. Split it into smaller files.</source>
            <translation>het bestand heeft meer dan {maximum} kaarten; een import mag er hoogstens zoveel hebben. Splits het op in kleinere bestanden.</translation>
        </message>
        <message>
            <source>it has no “:” between a property name and a value</source>
            <translation>er staat geen “:” tussen de naam van een eigenschap en een waarde</translation>
        </message>
        <message>
            <source>it has no property name</source>
            <translation>er is geen naam van een eigenschap</translation>
        </message>
        <message>
            <source>it cannot be read as a vCard property ({error})</source>
            <translation>het kan niet worden gelezen als vCard-eigenschap ({error})</translation>
        </message>
        <message>
            <source>has {length} characters; a value may have at most {maximum} — not kept</source>
            <translation>heeft {length} tekens; een waarde mag er hoogstens {maximum} hebben — niet bewaard</translation>
        </message>
        <message>
            <source>a group card (KIND:group) is not a contact</source>
            <translation>een groepskaart (KIND:group) is geen contact</translation>
        </message>
        <message>
            <source>a location card (KIND:location) is not a contact</source>
            <translation>een locatiekaart (KIND:location) is geen contact</translation>
        </message>
        <message>
            <source>Unnamed {source}</source>
            <translation>Naamloos — {source}</translation>
        </message>
        <message>
            <source>the card has no name (N, FN), ORG, NICKNAME, EMAIL or TEL; named “{name}” from {source} — rename it</source>
            <translation>de kaart heeft geen naam (N, FN), ORG, NICKNAME, EMAIL of TEL; “{name}” genoemd naar {source} — geef het een andere naam</translation>
        </message>
        <message>
            <source>the card is empty: no name (N, FN), no ORG, NICKNAME, EMAIL or TEL, and nothing else to keep</source>
            <translation>de kaart is leeg: geen naam (N, FN), geen ORG, NICKNAME, EMAIL of TEL, en niets anders om te bewaren</translation>
        </message>
        <message>
            <source>“{title}” has no organization (ORG); kept with the card</source>
            <translation>“{title}” heeft geen organisatie (ORG); bewaard bij de kaart</translation>
        </message>
        <message>
            <source>the country “{value}” is not recognised; kept in the text</source>
            <translation>het land “{value}” wordt niet herkend; bewaard in de tekst</translation>
        </message>
        <message>
            <source>a birthday without a year ({value}); kept as received</source>
            <translation>een verjaardag zonder jaar ({value}); ongewijzigd bewaard zoals ontvangen</translation>
        </message>
        <message>
            <source>an anniversary without a year ({value}); kept as received</source>
            <translation>een jubileum zonder jaar ({value}); ongewijzigd bewaard zoals ontvangen</translation>
        </message>
        <message>
            <source>“{value}” is not a date; kept as received</source>
            <translation>“{value}” is geen datum; ongewijzigd bewaard zoals ontvangen</translation>
        </message>
        <message>
            <source>not a base64 picture; kept as received</source>
            <translation>geen base64-afbeelding; ongewijzigd bewaard zoals ontvangen</translation>
        </message>
        <message>
            <source>a picture at a web address is not downloaded; kept as a link</source>
            <translation>een afbeelding op een webadres wordt niet gedownload; bewaard als link</translation>
        </message>
        <message>
            <source>the picture has {size}; a picture may be at most {maximum} — the picture is not kept</source>
            <translation>de afbeelding is {size}; een afbeelding mag hoogstens {maximum} zijn — de afbeelding wordt niet bewaard</translation>
        </message>
        <message>
            <source>the picture's base64 text is damaged; not kept</source>
            <translation>de base64-tekst van de afbeelding is beschadigd; niet bewaard</translation>
        </message>
        <message>
            <source>{message} — the picture is not kept</source>
            <translation>{message} — de afbeelding wordt niet bewaard</translation>
        </message>
        <message>
            <source>a nickname</source>
            <translation>een bijnaam</translation>
        </message>
        <message>
            <source>a picture</source>
            <translation>een afbeelding</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kaart</translation>
        </message>
        <message>
            <source>{property} (line {line})</source>
            <translation>{property} (regel {line})</translation>
        </message>
        <message>
            <source>card {number} (line {line})</source>
            <translation>kaart {number} (regel {line})</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>de afbeelding</translation>
        </message>
        <message>
            <source>a value</source>
            <translation>één waarde</translation>
        </message>
        <message>
            <source>the card is {size} ({what} alone {part}); a card may be at most {maximum} and a picture at most {picture} — the card is not imported</source>
            <translation>de kaart is {size} ({what} alleen al {part}); een kaart mag hoogstens {maximum} zijn en een afbeelding hoogstens {picture} — de kaart wordt niet geïmporteerd</translation>
        </message>
        <message>
            <source>END:VCARD is missing (the file ends inside this card); read up to the end</source>
            <translation>END:VCARD ontbreekt (het bestand eindigt binnen deze kaart); gelezen tot het einde</translation>
        </message>
        <message>
            <source>BEGIN:VCARD is missing; the lines before END:VCARD were read</source>
            <translation>BEGIN:VCARD ontbreekt; de regels vóór END:VCARD zijn gelezen</translation>
        </message>
        <message>
            <source>embedded (AGENT) in card {number}; imported as a contact</source>
            <translation>ingesloten (AGENT) in kaart {number}; geïmporteerd als contact</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Regel {line}</translation>
        </message>
        <message>
            <source>a comment line; ignored</source>
            <translation>een commentaarregel; genegeerd</translation>
        </message>
        <message>
            <source>skipped: {reason} — {text}</source>
            <translation>overgeslagen: {reason} — {text}</translation>
        </message>
        <message>
            <source>the quoted-printable text is not UTF-8; read as {encoding}</source>
            <translation>de quoted-printable-tekst is geen UTF-8; gelezen als {encoding}</translation>
        </message>
        <message>
            <source>cannot be read: {error}</source>
            <translation>kan niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>the file has no vCard in it (no BEGIN:VCARD line).</source>
            <translation>het bestand bevat geen vCard (geen regel BEGIN:VCARD).</translation>
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
        <message numerus="yes">
            <source>%Ln created</source>
            <translation>
                <numerusform>%Ln aangemaakt</numerusform>
                <numerusform>%Ln aangemaakt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln bijgewerkt</numerusform>
                <numerusform>%Ln bijgewerkt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln overgeslagen</numerusform>
                <numerusform>%Ln overgeslagen</numerusform>
            </translation>
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
            <source>read only there</source>
            <translation>daar alleen-lezen</translation>
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
        <message>
            <source>Read only there: Kontor takes in changes made there but never sends changes or deletions of this contact.</source>
            <translation>Daar alleen-lezen: Kontor neemt wijzigingen van daar over, maar verstuurt nooit wijzigingen of verwijderingen van dit contact.</translation>
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
        <message numerus="yes">
            <source>{step} (%Ln contacts)…</source>
            <translation>
                <numerusform>{step} (%Ln contact)…</numerusform>
                <numerusform>{step} (%Ln contacten)…</numerusform>
            </translation>
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
            <source>Amount, e.g. {example}</source>
            <translation>Bedrag, bv. {example}</translation>
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
        <message numerus="yes">
            <source>%Ln saves</source>
            <translation>
                <numerusform>%Ln keer opgeslagen</numerusform>
                <numerusform>%Ln keer opgeslagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts with changes to send</source>
            <translation>
                <numerusform>%Ln contact met te verzenden wijzigingen</numerusform>
                <numerusform>%Ln contacten met te verzenden wijzigingen</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%Ln placeholder customers</source>
            <translation>
                <numerusform>%Ln plaatshouderklant</numerusform>
                <numerusform>%Ln plaatshouderklanten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln resultaat</numerusform>
                <numerusform>%Ln resultaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not saved: fix the %Ln marked fields first</source>
            <translation>
                <numerusform>Niet opgeslagen: corrigeer eerst het gemarkeerde veld</numerusform>
                <numerusform>Niet opgeslagen: corrigeer eerst de %Ln gemarkeerde velden</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln vermelding</numerusform>
                <numerusform>%Ln vermeldingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to create</source>
            <translation>
                <numerusform>%Ln aan te maken</numerusform>
                <numerusform>%Ln aan te maken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to update</source>
            <translation>
                <numerusform>%Ln bij te werken</numerusform>
                <numerusform>%Ln bij te werken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln overgeslagen</numerusform>
                <numerusform>%Ln overgeslagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unchanged</source>
            <translation>
                <numerusform>%Ln ongewijzigd</numerusform>
                <numerusform>%Ln ongewijzigd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invalid</source>
            <translation>
                <numerusform>%Ln ongeldig</numerusform>
                <numerusform>%Ln ongeldig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln ambiguous</source>
            <translation>
                <numerusform>%Ln dubbelzinnig</numerusform>
                <numerusform>%Ln dubbelzinnig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln repeated in the file</source>
            <translation>
                <numerusform>%Ln herhaald in het bestand</numerusform>
                <numerusform>%Ln herhaald in het bestand</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln in the trash</source>
            <translation>
                <numerusform>%Ln in de prullenbak</numerusform>
                <numerusform>%Ln in de prullenbak</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organizations are created for the people who work there.</source>
            <translation>
                <numerusform>Er wordt %Ln organisatie aangemaakt voor de personen die er werken.</numerusform>
                <numerusform>Er worden %Ln organisaties aangemaakt voor de personen die er werken.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing to import: all %Ln contacts of this file are already in Kontor, unchanged.</source>
            <translation>
                <numerusform>Niets te importeren: het contact in dit bestand staat al ongewijzigd in Kontor.</numerusform>
                <numerusform>Niets te importeren: alle %Ln contacten in dit bestand staan al ongewijzigd in Kontor.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{file}” ({kind}, {encoding}): {rows}. Nothing has been changed yet.</source>
            <translation>“{file}” ({kind}, {encoding}): {rows}. Er is nog niets gewijzigd.</translation>
        </message>
        <message>
            <source>Import writes these changes as one step: Edit → Undo takes it back.</source>
            <translation>De import schrijft deze wijzigingen in één stap weg: Bewerken → Ongedaan maken draait ze terug.</translation>
        </message>
        <message>
            <source>Nothing to import: the contact of this file is already in Kontor, unchanged.</source>
            <translation>Niets te importeren: het contact in dit bestand staat al ongewijzigd in Kontor.</translation>
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
            <source>System language ({language})</source>
            <translation>Systeemtaal ({language})</translation>
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
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Taa&amp;l:</translation>
        </message>
        <message>
            <source>KONTOR_LANG is set: Kontor speaks {language} as long as it is set.</source>
            <translation>KONTOR_LANG is ingesteld: Kontor gebruikt {language} zolang die variabele is ingesteld.</translation>
        </message>
        <message>
            <source>Kontor speaks {language} after a restart: close Kontor and start it again.</source>
            <translation>Kontor gebruikt {language} na een herstart: sluit Kontor en start het opnieuw.</translation>
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
        <message numerus="yes">
            <source>%Ln without a postal address left out: {names}</source>
            <translation>
                <numerusform>%Ln zonder postadres weggelaten: {names}</numerusform>
                <numerusform>%Ln zonder postadres weggelaten: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacten</translation>
        </message>
        <message numerus="yes">
            <source>Phone list — %Ln contacts — {day}</source>
            <translation>
                <numerusform>Telefoonlijst — %Ln contact — {day}</numerusform>
                <numerusform>Telefoonlijst — %Ln contacten — {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {file} (%Ln pages).</source>
            <translation>
                <numerusform>{file} opgeslagen (%Ln pagina).</numerusform>
                <numerusform>{file} opgeslagen (%Ln pagina's).</numerusform>
            </translation>
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
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>a sheet needs at least one column and one row of labels</source>
            <translation>een vel heeft minstens één kolom en één rij etiketten nodig</translation>
        </message>
        <message>
            <source>labels must be wider and taller than 0 mm</source>
            <translation>etiketten moeten breder en hoger zijn dan 0 mm</translation>
        </message>
        <message>
            <source>the margins cannot be negative</source>
            <translation>de marges mogen niet negatief zijn</translation>
        </message>
        <message>
            <source>labels cannot overlap: the distance between them is too small</source>
            <translation>etiketten mogen niet overlappen: de tussenruimte is te klein</translation>
        </message>
        <message>
            <source>the labels do not fit on the page: they need {width} × {height} mm, the page has {page_width} × {page_height} mm</source>
            <translation>de etiketten passen niet op de pagina: ze hebben {width} × {height} mm nodig, de pagina is {page_width} × {page_height} mm</translation>
        </message>
        <message>
            <source>Custom: {columns} × {rows}, {width} × {height} mm</source>
            <translation>Aangepast: {columns} × {rows}, {width} × {height} mm</translation>
        </message>
        <message>
            <source>3 × 8, 70 × 36 mm (24 a sheet)</source>
            <translation>3 × 8, 70 × 36 mm (24 per vel)</translation>
        </message>
        <message>
            <source>3 × 7, 70 × 42.3 mm (21 a sheet)</source>
            <translation>3 × 7, 70 × 42,3 mm (21 per vel)</translation>
        </message>
        <message>
            <source>2 × 4, 99.1 × 67.7 mm (8 a sheet)</source>
            <translation>2 × 4, 99,1 × 67,7 mm (8 per vel)</translation>
        </message>
        <message>
            <source>2 × 8, 99.1 × 33.9 mm (16 a sheet)</source>
            <translation>2 × 8, 99,1 × 33,9 mm (16 per vel)</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>Btw-nummer</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>EU-btw-nummer</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Context</translation>
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
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Afdelingen</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Afdeling</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Lidmaatschappen</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Lidmaatschap</translation>
        </message>
        <message>
            <source>Customer role</source>
            <translation>Klantrol</translation>
        </message>
        <message>
            <source>Supplier role</source>
            <translation>Leveranciersrol</translation>
        </message>
        <message>
            <source>Alternative payer role</source>
            <translation>Rol alternatieve betaler</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>(not found)</source>
            <translation>(niet gevonden)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Address {n} ({kind})</source>
            <translation>Adres {n} ({kind})</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>Phone {n} ({kind})</source>
            <translation>Telefoon {n} ({kind})</translation>
        </message>
        <message>
            <source>E-mail {n} ({kind})</source>
            <translation>E-mail {n} ({kind})</translation>
        </message>
        <message>
            <source>Web {n} ({kind})</source>
            <translation>Web {n} ({kind})</translation>
        </message>
        <message>
            <source>Phones, e-mails, web</source>
            <translation>Telefoon, e-mail, web</translation>
        </message>
        <message>
            <source>Work {n}</source>
            <translation>Werk {n}</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Relaties</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Eigen velden</translation>
        </message>
        <message>
            <source>only an organization can be the sender of envelopes</source>
            <translation>alleen een organisatie kan de afzender van enveloppen zijn</translation>
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
        <name>Privacy</name>
        <message>
            <source>Erasure of a person's data (privacy request)</source>
            <translation>Wissen van de gegevens van een persoon (privacyverzoek)</translation>
        </message>
        <message>
            <source>Invoices and bookings refer to customers, suppliers and alternative payers by their record, and bookkeeping rules require keeping those for years (up to 10). Such a record can be anonymised instead of deleted: it keeps its customer or supplier number and accounts, and loses the name, birthday, e-mails, phones, addresses, web addresses, pictures, notes, relationships, work details and custom fields.</source>
            <extracomment>In English; :func:`accounting_rule` gives it in the user's language.</extracomment>
            <translation>Facturen en boekingen verwijzen naar klanten, leveranciers en alternatieve betalers via hun record, en boekhoudregels vereisen dat die jarenlang (tot 10 jaar) bewaard blijven. Zo'n record kan worden geanonimiseerd in plaats van verwijderd: het behoudt zijn klant- of leveranciersnummer en rekeningen, en verliest de naam, verjaardag, e-mailadressen, telefoonnummers, adressen, webadressen, afbeeldingen, notities, relaties, werkgegevens en eigen velden.</translation>
        </message>
        <message>
            <source>The person's data was erased (deleted here).</source>
            <extracomment>Read here, never written there (an organization linked to a Kanbert company): the erasure changes nothing there.</extracomment>
            <translation>De gegevens van de persoon zijn gewist (hier verwijderd).</translation>
        </message>
        <message>
            <source>The person's data was erased (anonymised here).</source>
            <translation>De gegevens van de persoon zijn gewist (hier geanonimiseerd).</translation>
        </message>
        <message>
            <source>{account}: {note}</source>
            <translation>{account}: {note}</translation>
        </message>
        <message>
            <source>Backups of the database made before an upgrade still hold it; delete old backups if the request covers them.</source>
            <translation>Back-ups van de database die vóór een upgrade zijn gemaakt, bevatten de gegevens nog; verwijder oude back-ups als het verzoek ook daarop betrekking heeft.</translation>
        </message>
        <message>
            <source>Give the person's e-mail address or id.</source>
            <translation>Geef het e-mailadres of de id van de persoon op.</translation>
        </message>
        <message>
            <source>No contact has the id or e-mail “{wanted}”.</source>
            <translation>Geen enkel contact heeft de id of het e-mailadres “{wanted}”.</translation>
        </message>
        <message>
            <source>{count} contacts have the e-mail “{wanted}”: give the id of the one you mean ({ids}).</source>
            <translation>{count} contacten hebben het e-mailadres “{wanted}”: geef de id op van het contact dat u bedoelt ({ids}).</translation>
        </message>
        <message>
            <source>read only here: Kontor neither deletes nor changes it there; remove it there by hand if it should go</source>
            <translation>hier alleen-lezen: Kontor verwijdert of wijzigt het daar niet; verwijder het daar zelf als het weg moet</translation>
        </message>
        <message>
            <source>deleted there with the next sync</source>
            <translation>wordt daar bij de volgende synchronisatie verwijderd</translation>
        </message>
        <message>
            <source>has no delete: the record there is anonymised with the next sync</source>
            <translation>kan niet verwijderen: het record daar wordt bij de volgende synchronisatie geanonimiseerd</translation>
        </message>
        <message>
            <source>{accounts} cannot delete records: choose Anonymise, so the record is anonymised there too.</source>
            <translation>{accounts} kan geen records verwijderen: kies Anonimiseren, zodat het record daar ook wordt geanonimiseerd.</translation>
        </message>
        <message>
            <source>the anonymised record is sent with the next sync</source>
            <translation>het geanonimiseerde record wordt bij de volgende synchronisatie verzonden</translation>
        </message>
        <message>
            <source>The retention period is a number of years from 1 to 100.</source>
            <translation>De bewaartermijn is een aantal jaren van 1 tot 100.</translation>
        </message>
        <message>
            <source>a customer (customer id {id})</source>
            <translation>een klant (klant-id {id})</translation>
        </message>
        <message>
            <source>a supplier (supplier id {id})</source>
            <translation>een leverancier (leveranciers-id {id})</translation>
        </message>
        <message>
            <source>an alternative payer</source>
            <translation>een alternatieve betaler</translation>
        </message>
        <message>
            <source>No contact has the id “{id}”.</source>
            <translation>Geen enkel contact heeft de id “{id}”.</translation>
        </message>
        <message>
            <source>own</source>
            <translation>eigen</translation>
        </message>
        <message>
            <source>works at</source>
            <translation>werkt bij</translation>
        </message>
        <message>
            <source>of another person</source>
            <translation>van een andere persoon</translation>
        </message>
        <message>
            <source>works here</source>
            <translation>werkt hier</translation>
        </message>
        <message>
            <source>E-mail {n}</source>
            <translation>E-mail {n}</translation>
        </message>
        <message>
            <source>Phone {n}</source>
            <translation>Telefoon {n}</translation>
        </message>
        <message>
            <source>Address {n}</source>
            <translation>Adres {n}</translation>
        </message>
        <message>
            <source>Web {n}</source>
            <translation>Web {n}</translation>
        </message>
        <message>
            <source>Everything Kontor holds about this person, exported {at} UTC. The JSON file beside this report has every stored field.</source>
            <translation>Alles wat Kontor over deze persoon bewaart, geëxporteerd op {at} UTC. Het JSON-bestand naast dit rapport bevat elk opgeslagen veld.</translation>
        </message>
        <message>
            <source>Everything Kontor holds about this organization, exported {at} UTC. The JSON file beside this report has every stored field.</source>
            <translation>Alles wat Kontor over deze organisatie bewaart, geëxporteerd op {at} UTC. Het JSON-bestand naast dit rapport bevat elk opgeslagen veld.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <source>Addresses, phones, e-mails, web</source>
            <translation>Adressen, telefoon, e-mail, web</translation>
        </message>
        <message>
            <source>Work and relationships</source>
            <translation>Werk en relaties</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Customer lists</source>
            <translation>Klantenlijsten</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Accounts holding this contact</source>
            <translation>Accounts die dit contact bevatten</translation>
        </message>
        <message>
            <source>id {id}, last synced {synced}</source>
            <translation>id {id}, laatst gesynchroniseerd {synced}</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>nog niet verzonden</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <source>Pictures</source>
            <translation>Afbeeldingen</translation>
        </message>
        <message>
            <source>Picture {n}</source>
            <translation>Afbeelding {n}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPreferences</name>
        <message>
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message numerus="yes">
            <source> years</source>
            <translation>
                <numerusform> jaar</numerusform>
                <numerusform> jaar</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%Ln people erased</source>
            <translation>
                <numerusform>%Ln persoon gewist</numerusform>
                <numerusform>%Ln personen gewist</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%Ln errors — they must be fixed before saving; {warnings}</source>
            <translation>
                <numerusform>%Ln fout — die moet vóór het opslaan worden gecorrigeerd; {warnings}</numerusform>
                <numerusform>%Ln fouten — die moeten vóór het opslaan worden gecorrigeerd; {warnings}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warnings</source>
            <translation>
                <numerusform>%Ln waarschuwing</numerusform>
                <numerusform>%Ln waarschuwingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warnings — the contact can be saved</source>
            <translation>
                <numerusform>%Ln waarschuwing — het contact kan worden opgeslagen</numerusform>
                <numerusform>%Ln waarschuwingen — het contact kan worden opgeslagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Quality</name>
        <message>
            <source>VAT numbers with wrong check digits</source>
            <translation>Btw-nummers met onjuiste controlecijfers</translation>
        </message>
        <message>
            <source>VAT numbers (of organizations and in customer or supplier tax information) whose check digits, length or shape do not match their country's scheme.</source>
            <translation>Btw-nummers (van organisaties en in de fiscale gegevens van klanten of leveranciers) waarvan de controlecijfers, lengte of vorm niet overeenkomen met het schema van hun land.</translation>
        </message>
        <message>
            <source>GLNs with wrong check digits</source>
            <translation>GLN's met onjuiste controlecijfers</translation>
        </message>
        <message>
            <source>Global Location Numbers of customer and supplier roles that are not 13 digits with a valid GS1 check digit.</source>
            <translation>Global Location Numbers van klant- en leveranciersrollen die geen 13 cijfers met een geldig GS1-controlecijfer zijn.</translation>
        </message>
        <message>
            <source>Phone numbers that are not valid</source>
            <translation>Ongeldige telefoonnummers</translation>
        </message>
        <message>
            <source>Numbers that cannot be read, or are not valid, for their country (the country of the first address when the number has no +country code).</source>
            <translation>Nummers die niet leesbaar of niet geldig zijn voor hun land (het land van het eerste adres als het nummer geen +landcode heeft).</translation>
        </message>
        <message>
            <source>E-mail addresses that fail the syntax check</source>
            <translation>E-mailadressen die de syntaxcontrole niet doorstaan</translation>
        </message>
        <message>
            <source>Addresses that are not written the way an e-mail address must be (no network look-up).</source>
            <translation>Adressen die niet geschreven zijn zoals een e-mailadres moet zijn (zonder opzoeking in het netwerk).</translation>
        </message>
        <message>
            <source>Addresses: country or postal code missing or wrong</source>
            <translation>Adressen: land of postcode ontbreekt of is onjuist</translation>
        </message>
        <message>
            <source>Postal addresses missing the country or the postal code, or whose postal code does not have the shape used in its country.</source>
            <translation>Postadressen zonder land of postcode, of waarvan de postcode niet de vorm heeft die in het land wordt gebruikt.</translation>
        </message>
        <message>
            <source>Values kept as received</source>
            <translation>Waarden ongewijzigd bewaard zoals ontvangen</translation>
        </message>
        <message>
            <source>Values an import or a server sent that break a rule (an unknown type, country or usage, a web address that is not one…): kept as they came, but not accepted if typed.</source>
            <translation>Waarden die een import of een server heeft gestuurd en die een regel overtreden (een onbekend type, land of gebruik, een webadres dat er geen is…): bewaard zoals ze binnenkwamen, maar niet aanvaard als ze worden getypt.</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>Waarschijnlijke duplicaten</translation>
        </message>
        <message>
            <source>Contacts that share an e-mail address, phone number or VAT number with another contact (see Duplicates to merge them).</source>
            <translation>Contacten die een e-mailadres, telefoonnummer of btw-nummer delen met een ander contact (zie Duplicaten om ze samen te voegen).</translation>
        </message>
        <message>
            <source>Contacts without any way to reach them</source>
            <translation>Contacten zonder enige manier om ze te bereiken</translation>
        </message>
        <message>
            <source>No e-mail address, phone number or postal address — neither their own nor at a workplace.</source>
            <translation>Geen e-mailadres, telefoonnummer of postadres — noch eigen, noch op een werkplek.</translation>
        </message>
        <message>
            <source>People not active anywhere</source>
            <translation>Personen die nergens actief zijn</translation>
        </message>
        <message>
            <source>People whose every professional identity and role is marked inactive.</source>
            <translation>Personen van wie elke professionele identiteit en rol als inactief is gemarkeerd.</translation>
        </message>
        <message>
            <source>the same e-mail as “{name}” ({value})</source>
            <translation>hetzelfde e-mailadres als “{name}” ({value})</translation>
        </message>
        <message>
            <source>the same phone as “{name}” ({value})</source>
            <translation>hetzelfde telefoonnummer als “{name}” ({value})</translation>
        </message>
        <message>
            <source>the same VAT number as “{name}” ({value})</source>
            <translation>hetzelfde btw-nummer als “{name}” ({value})</translation>
        </message>
        <message>
            <source>“{value}” is not a known address type</source>
            <translation>“{value}” is geen bekend adrestype</translation>
        </message>
        <message>
            <source>“{value}” is not a known address usage</source>
            <translation>“{value}” is geen bekend adresgebruik</translation>
        </message>
        <message>
            <source>“{value}” is not a known e-mail type</source>
            <translation>“{value}” is geen bekend e-mailtype</translation>
        </message>
        <message>
            <source>“{value}” is not a known phone type</source>
            <translation>“{value}” is geen bekend telefoontype</translation>
        </message>
        <message>
            <source>“{value}” is not a known phone usage</source>
            <translation>“{value}” is geen bekend telefoongebruik</translation>
        </message>
        <message>
            <source>“{value}” is not a known web address type</source>
            <translation>“{value}” is geen bekend webadrestype</translation>
        </message>
        <message>
            <source>no e-mail address, phone number or postal address</source>
            <translation>geen e-mailadres, telefoonnummer of postadres</translation>
        </message>
        <message>
            <source>every professional identity and role is inactive</source>
            <translation>elke professionele identiteit en rol is inactief</translation>
        </message>
        <message>
            <source>“{value}” is not a known usage context</source>
            <translation>“{value}” is geen bekende gebruikscontext</translation>
        </message>
        <message>
            <source>the country is missing</source>
            <translation>het land ontbreekt</translation>
        </message>
        <message>
            <source>the postal code is missing</source>
            <translation>de postcode ontbreekt</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>De controle is geannuleerd.</translation>
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
        <message numerus="yes">
            <source>%Ln recent changes</source>
            <translation>
                <numerusform>%Ln recente wijziging</numerusform>
                <numerusform>%Ln recente wijzigingen</numerusform>
            </translation>
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
        <message numerus="yes">
            <source> years</source>
            <translation>
                <numerusform> jaar</numerusform>
                <numerusform> jaar</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n jaar</numerusform>
                <numerusform>%n jaar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people not changed for {years}</source>
            <translation>
                <numerusform>%Ln persoon niet gewijzigd gedurende {years}</numerusform>
                <numerusform>%Ln personen niet gewijzigd gedurende {years}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Retention period: %n years</source>
            <translation>
                <numerusform>Bewaartermijn: %n jaar</numerusform>
                <numerusform>Bewaartermijn: %n jaar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erase %Ln people</source>
            <translation>
                <numerusform>%Ln persoon wissen</numerusform>
                <numerusform>%Ln personen wissen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erase all personal data of the %Ln ticked people? This cannot be undone. Records accounting needs are anonymised instead of deleted.</source>
            <translation>
                <numerusform>Alle persoonsgegevens van de %Ln aangevinkte persoon wissen? Dit kan niet ongedaan worden gemaakt. Records die de boekhouding nodig heeft, worden geanonimiseerd in plaats van verwijderd.</numerusform>
                <numerusform>Alle persoonsgegevens van de %Ln aangevinkte personen wissen? Dit kan niet ongedaan worden gemaakt. Records die de boekhouding nodig heeft, worden geanonimiseerd in plaats van verwijderd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people erased</source>
            <translation>
                <numerusform>%Ln persoon gewist</numerusform>
                <numerusform>%Ln personen gewist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln refused: {why}</source>
            <translation>
                <numerusform>, %Ln geweigerd: {why}</numerusform>
                <numerusform>, %Ln geweigerd: {why}</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the people to erase first</source>
            <translation>Vink eerst de personen aan die u wilt wissen</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Wissen</translation>
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
        <name>Store</name>
        <message>
            <source>An account named “{name}” exists already.</source>
            <extracomment>Filled by the accounts service from the account type's connector: the record is only read from there, never written (an organization linked to a Kanbert company) ... ... and what that system cannot do with such a record, in the user's language.</extracomment>
            <translation>Er bestaat al een account met de naam “{name}”.</translation>
        </message>
        <message>
            <source>A tag named “{name}” exists already.</source>
            <translation>Er bestaat al een tag met de naam “{name}”.</translation>
        </message>
        <message>
            <source>“{name}” cannot be deleted for good: 1 person works there. Remove their professional identities first.</source>
            <translation>“{name}” kan niet definitief worden verwijderd: er werkt 1 persoon. Verwijder eerst de professionele identiteiten van die persoon.</translation>
        </message>
        <message>
            <source>“{name}” cannot be deleted for good: {count} people work there. Remove their professional identities first.</source>
            <translation>“{name}” kan niet definitief worden verwijderd: er werken {count} personen. Verwijder eerst hun professionele identiteiten.</translation>
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
        <name>Sync</name>
        <message>
            <source>same VAT number ({key})</source>
            <extracomment>Records not linked yet taken in per transaction by a pull. In an account's settings: what its connector keeps between runs (a sync token). In the base of a record whose create answer was lost on a system with no read path: the user chose to send it again.</extracomment>
            <translation>zelfde btw-nummer ({key})</translation>
        </message>
        <message>
            <source>same e-mail ({key})</source>
            <translation>zelfde e-mailadres ({key})</translation>
        </message>
        <message>
            <source>same phone ({key})</source>
            <translation>zelfde telefoonnummer ({key})</translation>
        </message>
        <message>
            <source>same name in {city}</source>
            <translation>zelfde naam in {city}</translation>
        </message>
        <message>
            <source>Sync failed: {error}</source>
            <translation>Synchronisatie mislukt: {error}</translation>
        </message>
        <message>
            <source>Sending changes to {system}</source>
            <translation>Wijzigingen verzenden naar {system}</translation>
        </message>
        <message>
            <source>The workspace API has no delete: the location stays in the workspace and is no longer synced. Remove it in the workspace by hand if it should go.</source>
            <translation>De werkruimte-API kan niet verwijderen: de locatie blijft in de werkruimte en wordt niet meer gesynchroniseerd. Verwijder ze handmatig in de werkruimte als ze weg moet.</translation>
        </message>
        <message>
            <source>Reading the workspace organization</source>
            <translation>De organisatie van de werkruimte lezen</translation>
        </message>
        <message>
            <source>Reading countries and languages</source>
            <translation>Landen en talen lezen</translation>
        </message>
        <message>
            <source>Syncing the locations</source>
            <translation>De locaties synchroniseren</translation>
        </message>
        <message>
            <source>Choose “our own organization” in the account to sync its locations.</source>
            <translation>Kies “onze eigen organisatie” in het account om de locaties ervan te synchroniseren.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>“Our own organization” chosen in the account is not in the address book (or is in the trash): choose it again in the account.</source>
            <translation>“Onze eigen organisatie” die in het account is gekozen, staat niet in het adresboek (of staat in de prullenbak): kies ze opnieuw in het account.</translation>
        </message>
        <message>
            <source>the workspace's locations could not be read</source>
            <translation>de locaties van de werkruimte konden niet worden gelezen</translation>
        </message>
        <message>
            <source>Not sent this time: {reason}</source>
            <translation>Deze keer niet verzonden: {reason}</translation>
        </message>
        <message>
            <source>Location “{name}” was removed here. {note}</source>
            <translation>Locatie “{name}” is hier verwijderd. {note}</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Niet verzonden</translation>
        </message>
        <message>
            <source>{problem} — fix it here.</source>
            <translation>{problem} — corrigeer het hier.</translation>
        </message>
        <message>
            <source>{title}: {detail}</source>
            <translation>{title}: {detail}</translation>
        </message>
        <message>
            <source>The workspace refused location “{name}”: {problems}</source>
            <translation>De werkruimte heeft locatie “{name}” geweigerd: {problems}</translation>
        </message>
        <message>
            <source>Location “{name}”, {field}</source>
            <translation>Locatie “{name}”, {field}</translation>
        </message>
        <message>
            <source>changed here to {mine} and in the workspace to {theirs}. Nothing of this location was sent or taken. Retry sends the value here; or type the workspace's value here.</source>
            <translation>hier gewijzigd in {mine} en in de werkruimte in {theirs}. Van deze locatie is niets verzonden of overgenomen. Opnieuw proberen verzendt de waarde van hier; of typ hier de waarde van de werkruimte in.</translation>
        </message>
        <message>
            <source>in the workspace</source>
            <translation>in de werkruimte</translation>
        </message>
        <message>
            <source>{problem}: not taken</source>
            <translation>{problem}: niet overgenomen</translation>
        </message>
        <message>
            <source>“{name}” kept changing in {system} while it was sent; it is merged on the next run</source>
            <translation>“{name}” bleef veranderen in {system} terwijl het werd verzonden; het wordt bij de volgende synchronisatie samengevoegd</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>{system} refused “{name}”: {problems}</source>
            <translation>{system} heeft “{name}” geweigerd: {problems}</translation>
        </message>
        <message>
            <source>Not sent: {field}</source>
            <translation>Niet verzonden: {field}</translation>
        </message>
        <message>
            <source>record</source>
            <translation>record</translation>
        </message>
        <message>
            <source>{problem} — fix it here</source>
            <translation>{problem} — corrigeer het hier</translation>
        </message>
        <message>
            <source>“{name}” was not sent to {system}: {problems} — fix it here.</source>
            <translation>“{name}” is niet naar {system} verzonden: {problems} — corrigeer het hier.</translation>
        </message>
        <message>
            <source>{system}'s answer to creating this record was lost and it cannot be asked whether it made it. Retry sends it again (a second record if it did).</source>
            <translation>Het antwoord van {system} op het aanmaken van dit record is verloren gegaan en er kan niet worden nagevraagd of het record is aangemaakt. Opnieuw proberen verzendt het nogmaals (een tweede record als het wel was aangemaakt).</translation>
        </message>
        <message>
            <source>Answer lost</source>
            <translation>Antwoord verloren</translation>
        </message>
        <message>
            <source>“{name}”: {note}</source>
            <translation>“{name}”: {note}</translation>
        </message>
        <message>
            <source>The server refused the credentials ({status}). Enter a valid API token for this account in Accounts; nothing was lost.</source>
            <translation>De server heeft de inloggegevens geweigerd ({status}). Voer in Accounts een geldig API-token voor dit account in; er is niets verloren gegaan.</translation>
        </message>
        <message>
            <source>{system}'s list could not be read</source>
            <translation>De lijst van {system} kon niet worden gelezen</translation>
        </message>
        <message>
            <source>made from this contact when the answer was lost</source>
            <translation>aangemaakt uit dit contact toen het antwoord verloren ging</translation>
        </message>
        <message>
            <source>“{name}” was sent to {system} before and the answer was lost; {system} cannot be asked whether it made it (it keeps no id of Kontor's). Its record of the same name waits for you: link or create.</source>
            <translation>“{name}” is eerder naar {system} verzonden en het antwoord is verloren gegaan; er kan niet bij {system} worden nagevraagd of het record is aangemaakt (het bewaart geen id van Kontor). Het record met dezelfde naam daar wacht op u: koppelen of aanmaken.</translation>
        </message>
        <message>
            <source>{field}: here {mine}, there {theirs}</source>
            <translation>{field}: hier {mine}, daar {theirs}</translation>
        </message>
        <message>
            <source>“{name}” changed here and in {system}: {fields} — choose which to keep.</source>
            <translation>“{name}” is hier en in {system} gewijzigd: {fields} — kies wat u wilt behouden.</translation>
        </message>
        <message>
            <source>It cannot be deleted there.</source>
            <translation>Het kan daar niet worden verwijderd.</translation>
        </message>
        <message>
            <source>Not deleted in {system}</source>
            <translation>Niet verwijderd in {system}</translation>
        </message>
        <message>
            <source>“{name}” is in the trash here; {note}</source>
            <translation>“{name}” staat hier in de prullenbak; {note}</translation>
        </message>
        <message>
            <source>Reading {system}</source>
            <translation>{system} lezen</translation>
        </message>
        <message>
            <source>{system}'s list came back incomplete: nothing is taken as deleted this time.</source>
            <translation>De lijst van {system} was onvolledig: deze keer wordt niets als verwijderd beschouwd.</translation>
        </message>
        <message>
            <source>Taking in new records of {system}</source>
            <translation>Nieuwe records van {system} opnemen</translation>
        </message>
        <message>
            <source>“{name}” linked to {system} ({reasons}).</source>
            <translation>“{name}” gekoppeld aan {system} ({reasons}).</translation>
        </message>
        <message>
            <source>“{name}” in {system} may be {candidates} here: link or create?</source>
            <translation>“{name}” in {system} is hier misschien {candidates}: koppelen of aanmaken?</translation>
        </message>
        <message>
            <source> or </source>
            <translation> of </translation>
        </message>
        <message>
            <source>A record of {system} could not be read; it was skipped.</source>
            <translation>Een record van {system} kon niet worden gelezen; het is overgeslagen.</translation>
        </message>
        <message>
            <source>{system}'s list of companies came back incomplete: the companies its contacts name are taken in.</source>
            <translation>De bedrijvenlijst van {system} kwam onvolledig terug: de bedrijven die de contacten noemen, worden overgenomen.</translation>
        </message>
        <message>
            <source>same name ({name})</source>
            <translation>zelfde naam ({name})</translation>
        </message>
        <message>
            <source>Checking what is gone</source>
            <translation>Controleren wat verdwenen is</translation>
        </message>
        <message>
            <source>Reading the server's organization contacts</source>
            <extracomment>the progress text while the server's contacts of a kind are read</extracomment>
            <translation>De organisatiecontacten van de server lezen</translation>
        </message>
        <message>
            <source>Reading the server's individual contacts</source>
            <translation>De persoonscontacten van de server lezen</translation>
        </message>
        <message>
            <source>address</source>
            <extracomment>the parts of a contact as the user reads them, in messages about one of them</extracomment>
            <translation>adres</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mailadres</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefoonnummer</translation>
        </message>
        <message>
            <source>web address</source>
            <translation>webadres</translation>
        </message>
        <message>
            <source>personal relationship</source>
            <translation>persoonlijke relatie</translation>
        </message>
        <message>
            <source>department</source>
            <translation>afdeling</translation>
        </message>
        <message>
            <source>location</source>
            <translation>locatie</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>lidmaatschap</translation>
        </message>
        <message>
            <source>customer role</source>
            <translation>klantrol</translation>
        </message>
        <message>
            <source>supplier role</source>
            <translation>leveranciersrol</translation>
        </message>
        <message>
            <source>alternative payer role</source>
            <translation>rol alternatieve betaler</translation>
        </message>
        <message>
            <source>The server's {kinds} were not all read: {reason}</source>
            <translation>De {kinds} van de server zijn niet allemaal gelezen: {reason}</translation>
        </message>
        <message>
            <source>Matching the server's contacts with this book's</source>
            <translation>Contacten van de server koppelen aan die van dit adresboek</translation>
        </message>
        <message>
            <source>Sending changes</source>
            <translation>Wijzigingen verzenden</translation>
        </message>
        <message>
            <source>Changes sent</source>
            <translation>Wijzigingen verzonden</translation>
        </message>
        <message>
            <source>Not sent yet: {reason}</source>
            <translation>Nog niet verzonden: {reason}</translation>
        </message>
        <message>
            <source>“{name}” was not sent and waits for the next sync: {reason}</source>
            <translation>“{name}” is niet verzonden en wacht op de volgende synchronisatie: {reason}</translation>
        </message>
        <message>
            <source>The server created a contact but sent no id.</source>
            <translation>De server heeft een contact aangemaakt maar geen id teruggestuurd.</translation>
        </message>
        <message>
            <source>“{name}” refers to records not on the server yet ({reference})</source>
            <translation>“{name}” verwijst naar records die nog niet op de server staan ({reference})</translation>
        </message>
        <message>
            <source>edited again while syncing</source>
            <translation>opnieuw bewerkt tijdens het synchroniseren</translation>
        </message>
        <message>
            <source>a {entity} refers to {reference}</source>
            <translation>een {entity} verwijst naar {reference}</translation>
        </message>
        <message>
            <source>The server created a {entity} but sent no id.</source>
            <translation>De server heeft een {entity} aangemaakt maar geen id teruggestuurd.</translation>
        </message>
        <message>
            <source>a professional identity of “{name}” refers to {reference}</source>
            <translation>een professionele identiteit van “{name}” verwijst naar {reference}</translation>
        </message>
        <message>
            <source>The server created an identity but sent no id.</source>
            <translation>De server heeft een identiteit aangemaakt maar geen id teruggestuurd.</translation>
        </message>
        <message>
            <source>the {role} of “{name}” refers to {reference}</source>
            <translation>de {role} van “{name}” verwijst naar {reference}</translation>
        </message>
        <message>
            <source>The server refused the changes of “{name}”: {problems}</source>
            <translation>De server heeft de wijzigingen van “{name}” geweigerd: {problems}</translation>
        </message>
        <message>
            <source>The server's list of contacts is incomplete: {error}</source>
            <translation>De lijst van contacten van de server is onvolledig: {error}</translation>
        </message>
        <message>
            <source>The server's list of contacts came with problems: {problems}</source>
            <translation>De lijst van contacten van de server bevatte problemen: {problems}</translation>
        </message>
        <message>
            <source>Reading changes from the server</source>
            <translation>Wijzigingen van de server lezen</translation>
        </message>
        <message>
            <source>Not taken from the server yet: {name} ({reason})</source>
            <translation>Nog niet van de server overgenomen: {name} ({reason})</translation>
        </message>
        <message>
            <source>Changes read</source>
            <translation>Wijzigingen gelezen</translation>
        </message>
        <message>
            <source>The server refused to send a contact: {error}</source>
            <translation>De server weigerde een contact te verzenden: {error}</translation>
        </message>
        <message>
            <source>it refers to records not here ({error})</source>
            <translation>het verwijst naar records die hier niet staan ({error})</translation>
        </message>
        <message>
            <source>Checking what is gone on the server</source>
            <translation>Controleren wat op de server verdwenen is</translation>
        </message>
        <message>
            <source>{new} new and {updated} updated from the server</source>
            <translation>{new} nieuw en {updated} bijgewerkt van de server</translation>
        </message>
        <message>
            <source>placeholder customer</source>
            <extracomment>the kind as the user reads it, one and several (English: show with ``translate("Sync", label)``)</extracomment>
            <translation>plaatshouderklant</translation>
        </message>
        <message>
            <source>placeholder customers</source>
            <translation>plaatshouderklanten</translation>
        </message>
        <message>
            <source>customer list</source>
            <translation>klantenlijst</translation>
        </message>
        <message>
            <source>customer lists</source>
            <translation>klantenlijsten</translation>
        </message>
        <message>
            <source>a member ({remote}) is not here yet</source>
            <translation>een lid ({remote}) staat hier nog niet</translation>
        </message>
        <message>
            <source>The server sent an answer that cannot be read: {error}</source>
            <translation>De server heeft een antwoord gestuurd dat niet kan worden gelezen: {error}</translation>
        </message>
        <message>
            <source>Sync was cancelled; what was done so far is kept.</source>
            <translation>De synchronisatie is geannuleerd; wat al gedaan is, blijft behouden.</translation>
        </message>
        <message>
            <source>The server could not be reached ({error}); changes stay queued.</source>
            <translation>De server kon niet worden bereikt ({error}); wijzigingen blijven in de wachtrij.</translation>
        </message>
        <message>
            <source>{reason} Your changes stay queued.</source>
            <translation>{reason} Uw wijzigingen blijven in de wachtrij.</translation>
        </message>
        <message>
            <source>The server failed ({error})</source>
            <translation>De server gaf een fout ({error})</translation>
        </message>
        <message>
            <source>The server refused the credentials ({status}). Enter a valid API token in Preferences; nothing was lost.</source>
            <translation>De server heeft de aanmeldgegevens geweigerd ({status}). Voer een geldig API-token in bij Instellingen; er is niets verloren gegaan.</translation>
        </message>
        <message>
            <source>“{name}” was not sent: {problems} — fix it here.</source>
            <translation>“{name}” is niet verzonden: {problems} — corrigeer het hier.</translation>
        </message>
        <message>
            <source>The server refused the changes of the {kind} “{name}”.</source>
            <translation>De server heeft de wijzigingen van de {kind} “{name}” geweigerd.</translation>
        </message>
        <message>
            <source>the {kind} “{name}” {reason}</source>
            <translation>de {kind} “{name}” {reason}</translation>
        </message>
        <message>
            <source>The server created a {kind} but sent no id.</source>
            <translation>De server heeft een {kind} aangemaakt maar geen id teruggestuurd.</translation>
        </message>
        <message>
            <source>Reading the server's {kinds}</source>
            <translation>De {kinds} van de server lezen</translation>
        </message>
        <message>
            <source>The server's list of {kinds} is incomplete.</source>
            <translation>De lijst van {kinds} van de server is onvolledig.</translation>
        </message>
        <message>
            <source>A {kind} was not taken from the server yet: {reason}</source>
            <translation>Een {kind} is nog niet van de server overgenomen: {reason}</translation>
        </message>
        <message>
            <source>{where}: no remote id known for {value}; kept as is</source>
            <translation>{where}: geen externe id bekend voor {value}; ongewijzigd bewaard</translation>
        </message>
        <message>
            <source>{where}: no local id known for {value}; kept as is</source>
            <translation>{where}: geen lokale id bekend voor {value}; ongewijzigd bewaard</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>time-out</translation>
        </message>
        <message>
            <source>network error ({error})</source>
            <translation>netwerkfout ({error})</translation>
        </message>
        <message>
            <source>the card {href} cannot be read: {reason}</source>
            <extracomment>Properties Kontor's writer writes for every contact; a person's ``ORG`` / ``TITLE`` are not among them (Kontor keeps a person's organizations as contacts of their own), an organization's ``ORG`` is its name. Lines that are not the contact's: never merged, never changed by a write. A person's organization lines, kept with the contact (written back on export).</extracomment>
            <translation>de kaart {href} kan niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>leeg</translation>
        </message>
        <message>
            <source>enfore Contacts API</source>
            <translation>enfore Contacts API</translation>
        </message>
        <message>
            <source>Kanbert needs a first or a last name</source>
            <translation>Kanbert heeft een voornaam of achternaam nodig</translation>
        </message>
        <message>
            <source>Birthday: not a date — {value}</source>
            <translation>Verjaardag: geen datum — {value}</translation>
        </message>
        <message>
            <source>Custom field “{key}”: Kanbert takes only text, yes/no, whole numbers or empty — {value}</source>
            <translation>Eigen veld “{key}”: Kanbert aanvaardt alleen tekst, ja/nee, gehele getallen of leeg — {value}</translation>
        </message>
        <message>
            <source>E-mail: {reason}</source>
            <translation>E-mail: {reason}</translation>
        </message>
        <message>
            <source>Country: Kanbert takes only ISO 3166-1 country codes — {code}</source>
            <translation>Land: Kanbert aanvaardt alleen ISO 3166-1-landcodes — {code}</translation>
        </message>
        <message>
            <source>KIP has no delete: the company stays registered there. Remove it in KIP by hand if it should go.</source>
            <translation>KIP kan niet verwijderen: het bedrijf blijft daar geregistreerd. Verwijder het handmatig in KIP als het weg moet.</translation>
        </message>
        <message>
            <source>KIP's answer to creating this company was lost, and KIP has no way to look a company up, so Kontor cannot tell whether KIP made it. Check in KIP: if the company is not there, Retry sends it again; if it is, untick “Registered with KIP” on the organization (a second send would register it twice).</source>
            <translation>Het antwoord van KIP op het aanmaken van dit bedrijf is verloren gegaan, en KIP kan geen bedrijf opzoeken, dus Kontor kan niet nagaan of KIP het heeft aangemaakt. Controleer het in KIP: staat het bedrijf er niet, dan verzendt Opnieuw proberen het nogmaals; staat het er wel, vink dan “Geregistreerd bij KIP” uit bij de organisatie (een tweede verzending zou het twee keer registreren).</translation>
        </message>
        <message>
            <source>KIP takes the VAT and company registration numbers when a company is registered and does not let them change afterwards.</source>
            <translation>KIP neemt het btw-nummer en het ondernemingsnummer over wanneer een bedrijf wordt geregistreerd en staat niet toe dat ze daarna veranderen.</translation>
        </message>
        <message>
            <source>KIP</source>
            <translation>KIP</translation>
        </message>
        <message>
            <source>a name</source>
            <extracomment>KIP's field names, in the order of its create request. Kept in the base beside what KIP answered: never sent as a field of the company. What each KIP field is called for the user (English: shown with ``translate("Sync", ...)``), and where to fill it in.</extracomment>
            <translation>een naam</translation>
        </message>
        <message>
            <source>a street in the invoice address</source>
            <translation>een straat in het factuuradres</translation>
        </message>
        <message>
            <source>a city in the invoice address</source>
            <translation>een plaats in het factuuradres</translation>
        </message>
        <message>
            <source>a post code in the invoice address</source>
            <translation>een postcode in het factuuradres</translation>
        </message>
        <message>
            <source>a country in the invoice address</source>
            <translation>een land in het factuuradres</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation>een telefoonnummer</translation>
        </message>
        <message>
            <source>a mobile phone number</source>
            <translation>een mobiel nummer</translation>
        </message>
        <message>
            <source>an e-mail address for invoices</source>
            <translation>een e-mailadres voor facturen</translation>
        </message>
        <message>
            <source>an invoice language</source>
            <translation>een factuurtaal</translation>
        </message>
        <message>
            <source>KIP needs {what} — add one or leave this company out of KIP</source>
            <translation>KIP heeft {what} nodig — voeg dit toe of laat dit bedrijf buiten KIP</translation>
        </message>
        <message>
            <source>KIP needs a VAT number or a company registration number — add one or leave this company out of KIP</source>
            <translation>KIP heeft een btw-nummer of een ondernemingsnummer nodig — voeg er een toe of laat dit bedrijf buiten KIP</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>Btw-nummer</translation>
        </message>
        <message>
            <source>Company registration</source>
            <translation>Ondernemingsnummer</translation>
        </message>
        <message>
            <source>{field}: KIP takes at most 16 letters and digits — {value}</source>
            <translation>{field}: KIP aanvaardt hoogstens 16 letters en cijfers — {value}</translation>
        </message>
        <message>
            <source>Country: KIP takes a code of 2 to 4 letters — {country}</source>
            <translation>Land: KIP aanvaardt een code van 2 tot 4 letters — {country}</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
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
            <source>Web address</source>
            <translation>Webadres</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Werk</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Afdeling</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Lidmaatschap</translation>
        </message>
        <message>
            <source>Customer role</source>
            <translation>Klantrol</translation>
        </message>
        <message>
            <source>Supplier role</source>
            <translation>Leveranciersrol</translation>
        </message>
        <message>
            <source>Alternative payer role</source>
            <translation>Rol alternatieve betaler</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Afbeelding</translation>
        </message>
        <message>
            <source>Placeholder customer</source>
            <translation>Plaatshouderklant</translation>
        </message>
        <message>
            <source>Customer list</source>
            <translation>Klantenlijst</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Lid</translation>
        </message>
        <message>
            <source>Changed here and on the server: choose which value to keep.</source>
            <translation>Hier en op de server gewijzigd: kies welke waarde u wilt behouden.</translation>
        </message>
        <message>
            <source>The server refused the changes: fix them and save, or retry.</source>
            <translation>De server heeft de wijzigingen geweigerd: corrigeer ze en sla op, of probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Changed here, but deleted on the server.</source>
            <translation>Hier gewijzigd, maar op de server verwijderd.</translation>
        </message>
        <message>
            <source>Deleted here, but changed on the server.</source>
            <translation>Hier verwijderd, maar op de server gewijzigd.</translation>
        </message>
        <message>
            <source>Deleted on the server: it stays here, no longer linked there. Nothing is deleted here; dismiss this notice once read.</source>
            <translation>Verwijderd op de server: het blijft hier, niet meer daaraan gekoppeld. Hier wordt niets verwijderd; negeer deze melding nadat u haar hebt gelezen.</translation>
        </message>
        <message>
            <source>Found on the server on the first sync and maybe a contact here already: link it to one or make it a new contact.</source>
            <translation>Bij de eerste synchronisatie op de server gevonden en misschien al een contact hier: koppel het aan een contact of maak er een nieuw contact van.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>{entity} · {field}</source>
            <translation>{entity} · {field}</translation>
        </message>
        <message>
            <source>edited ({fields})</source>
            <translation>bewerkt ({fields})</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>verwijderd</translation>
        </message>
        <message>
            <source>Sync is not set up yet: enter the server address and the organization in Preferences.</source>
            <translation>Synchronisatie is nog niet ingesteld: vul het serveradres en de organisatie in bij Instellingen.</translation>
        </message>
        <message>
            <source>No API token is stored for this server: enter it in Preferences (or set KONTOR_API_TOKEN).</source>
            <translation>Er is geen API-token opgeslagen voor deze server: voer het in bij Instellingen (of stel KONTOR_API_TOKEN in).</translation>
        </message>
        <message>
            <source>Not sent: it breaks a rule the server checks too. Fix it here and save; the next sync sends it.</source>
            <translation>Niet verzonden: het overtreedt een regel die de server ook controleert. Corrigeer het hier en sla het op; de volgende synchronisatie verzendt het.</translation>
        </message>
        <message>
            <source>Sent, but the answer was lost, and the system cannot be asked whether it made it. Retry sends it again — only if it is not there.</source>
            <translation>Verzonden, maar het antwoord is verloren gegaan en er kan niet bij het systeem worden nagevraagd of het is aangemaakt. Opnieuw proberen verzendt het nogmaals — alleen als het er niet is.</translation>
        </message>
        <message>
            <source>Changed here and there to different values: nothing of it was sent or taken. Retry sends the values here; or change them here.</source>
            <translation>Hier en daar in verschillende waarden gewijzigd: er is niets van verzonden of overgenomen. Opnieuw proberen verzendt de waarden van hier; of wijzig ze hier.</translation>
        </message>
        <message>
            <source>this sync issue is not a conflict (or was settled already)</source>
            <translation>dit synchronisatieprobleem is geen conflict (of was al opgelost)</translation>
        </message>
        <message>
            <source>this sync issue is not about a deletion</source>
            <translation>dit synchronisatieprobleem gaat niet over een verwijdering</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobiel nummer</translation>
        </message>
        <message>
            <source>{field}: KIP takes at most {most} characters — {number}</source>
            <translation>{field}: KIP aanvaardt hoogstens {most} tekens — {number}</translation>
        </message>
        <message>
            <source>E-mail for KIP: {reason}</source>
            <translation>E-mail voor KIP: {reason}</translation>
        </message>
        <message>
            <source>Invoice language: KIP takes a code of 2 or 3 letters — {language}</source>
            <translation>Factuurtaal: KIP aanvaardt een code van 2 of 3 letters — {language}</translation>
        </message>
        <message>
            <source>The partner portal has no delete: the organization stays there. Remove it on the portal by hand if it should go.</source>
            <translation>Het partnerportaal kan niet verwijderen: de organisatie blijft daar. Verwijder ze handmatig op het portaal als ze weg moet.</translation>
        </message>
        <message>
            <source>Partner portal</source>
            <translation>Partnerportaal</translation>
        </message>
        <message>
            <source>Country: the portal's id {id} is unknown</source>
            <translation>Land: de id {id} van het portaal is onbekend</translation>
        </message>
        <message>
            <source>State: the portal's id {id} is unknown</source>
            <translation>Provincie: de id {id} van het portaal is onbekend</translation>
        </message>
        <message>
            <source>The partner portal needs a name</source>
            <translation>Het partnerportaal heeft een naam nodig</translation>
        </message>
        <message>
            <source>The partner portal needs an organization type: {types}</source>
            <translation>Het partnerportaal heeft een organisatietype nodig: {types}</translation>
        </message>
        <message>
            <source>Organization type: the partner portal does not know “{kind}” — it takes {types}</source>
            <translation>Type organisatie: het partnerportaal kent “{kind}” niet — het aanvaardt {types}</translation>
        </message>
        <message>
            <source>Post code: must be a number for the partner portal — {code}</source>
            <translation>Postcode: moet voor het partnerportaal een getal zijn — {code}</translation>
        </message>
        <message>
            <source>Post code: the partner portal keeps it as a number and would lose the leading zero — {code}</source>
            <translation>Postcode: het partnerportaal bewaart die als getal en zou de voorloopnul verliezen — {code}</translation>
        </message>
        <message>
            <source>Country: the partner portal does not know {country}</source>
            <translation>Land: het partnerportaal kent {country} niet</translation>
        </message>
        <message>
            <source>State: the partner portal does not know “{state}” in {country}</source>
            <translation>Provincie: het partnerportaal kent “{state}” in {country} niet</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>{field}: cannot be split into country code and number — {number}</source>
            <translation>{field}: kan niet worden gesplitst in landcode en nummer — {number}</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Werkruimte</translation>
        </message>
        <message>
            <source>name</source>
            <extracomment>What each field is called for the user (English: shown with ``translate("Sync", ...)``).</extracomment>
            <translation>naam</translation>
        </message>
        <message>
            <source>opening hour</source>
            <translation>openingstijd</translation>
        </message>
        <message>
            <source>closing hour</source>
            <translation>sluitingstijd</translation>
        </message>
        <message>
            <source>Location “{name}”</source>
            <translation>Locatie “{name}”</translation>
        </message>
        <message>
            <source>A location</source>
            <translation>Een locatie</translation>
        </message>
        <message>
            <source>{location}: the workspace needs a name for every location</source>
            <translation>{location}: de werkruimte heeft voor elke locatie een naam nodig</translation>
        </message>
        <message>
            <source>{location}: the {field} must be an hour from 0 to 23 — {value}</source>
            <translation>{location}: de {field} moet een uur van 0 tot 23 zijn — {value}</translation>
        </message>
        <message>
            <source>{location}: opens at {opens} and closes at {closes} — the opening hour must be before the closing hour</source>
            <translation>{location}: opent om {opens} en sluit om {closes} — de openingstijd moet vóór de sluitingstijd liggen</translation>
        </message>
        <message>
            <source>The remote record does not describe one contact.</source>
            <translation>Het externe record beschrijft niet één contact.</translation>
        </message>
        <message>
            <source>That contact is no longer in the address book.</source>
            <translation>Dat contact staat niet meer in het adresboek.</translation>
        </message>
        <message>
            <source>A person can only be linked to a person, an organization to an organization.</source>
            <translation>Een persoon kan alleen aan een persoon worden gekoppeld, een organisatie alleen aan een organisatie.</translation>
        </message>
        <message>
            <source>The remote record cannot be read: {error}</source>
            <translation>Het externe record kan niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>This record was linked or created already.</source>
            <translation>Dit record is al gekoppeld of aangemaakt.</translation>
        </message>
        <message>
            <source>This remote record is linked to another contact already.</source>
            <translation>Dit externe record is al aan een ander contact gekoppeld.</translation>
        </message>
        <message>
            <source>That contact is linked to another record of this account already: choose another one or create a new contact.</source>
            <translation>Dat contact is al gekoppeld aan een ander record van dit account: kies een ander contact of maak een nieuw contact aan.</translation>
        </message>
        <message>
            <source>This account is synced by its own run.</source>
            <extracomment>Account types whose queued edits of contacts they do not carry are dropped.</extracomment>
            <translation>Dit account wordt in een eigen run gesynchroniseerd.</translation>
        </message>
        <message>
            <source>this sync issue was settled already</source>
            <translation>dit synchronisatieprobleem was al opgelost</translation>
        </message>
        <message>
            <source>Kanbert's companies are read here, never written: Kontor cannot create or change a company there.</source>
            <extracomment>The kind of Kanbert's companies here (their sync records), read and linked, never written.</extracomment>
            <translation>De bedrijven van Kanbert worden hier gelezen, nooit geschreven: Kontor kan daar geen bedrijf aanmaken of wijzigen.</translation>
        </message>
        <message>
            <source>Gone from {system}</source>
            <extracomment>How the sync issues present the notice of a contact whose related record is gone from the system. It is stored as an issue of kind ``rejected`` (the kinds the database allows) whose detail has :data:`GONE_FLAG` set.</extracomment>
            <translation>Verdwenen uit {system}</translation>
        </message>
        <message>
            <source>{system} no longer has “{name}” (deleted there). The organization stays here, no longer linked to {system}; work details at it stay here only.</source>
            <translation>{system} heeft “{name}” niet meer (daar verwijderd). De organisatie blijft hier, niet meer gekoppeld aan {system}; werkgegevens bij deze organisatie blijven alleen hier.</translation>
        </message>
        <message>
            <source>“{name}” is no longer in {system}: the organization stays here, unlinked from it.</source>
            <translation>“{name}” staat niet meer in {system}: de organisatie blijft hier, ontkoppeld.</translation>
        </message>
        <message>
            <source>Offline: cannot reach {server}.</source>
            <translation>Offline: {server} is niet bereikbaar.</translation>
        </message>
        <message>
            <source>Offline: cannot find {server} (check the address and the network).</source>
            <translation>Offline: {server} is niet te vinden (controleer het adres en het netwerk).</translation>
        </message>
        <message>
            <source>The server {server} did not answer in time.</source>
            <translation>De server {server} antwoordde niet op tijd.</translation>
        </message>
        <message>
            <source>The connection to {server} broke off.</source>
            <translation>De verbinding met {server} werd verbroken.</translation>
        </message>
        <message>
            <source>Offline: cannot reach the server.</source>
            <translation>Offline: de server is niet bereikbaar.</translation>
        </message>
        <message>
            <source>Offline: cannot find the server (check the address and the network).</source>
            <translation>Offline: de server is niet te vinden (controleer het adres en het netwerk).</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>De server antwoordde niet op tijd.</translation>
        </message>
        <message>
            <source>The connection to the server broke off.</source>
            <translation>De verbinding met de server werd verbroken.</translation>
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
            <source>Gone from the server</source>
            <translation>Verdwenen van de server</translation>
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
            <source>“{name}” was deleted in {account}. It stays here, no longer linked to {account}; nothing was deleted here.</source>
            <translation>“{name}” is verwijderd in {account}. Het blijft hier, niet meer gekoppeld aan {account}; hier is niets verwijderd.</translation>
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
        <message numerus="yes">
            <source>%Ln sync issues</source>
            <translation>
                <numerusform>%Ln synchronisatieprobleem</numerusform>
                <numerusform>%Ln synchronisatieproblemen</numerusform>
            </translation>
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
            <source>What happened:</source>
            <translation>Wat er gebeurde:</translation>
        </message>
        <message>
            <source>The contact here is kept as it is. Dismiss this notice once read.</source>
            <translation>Het contact hier blijft zoals het is. Negeer deze melding nadat u haar hebt gelezen.</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Negeren</translation>
        </message>
        <message>
            <source>Take this notice away</source>
            <translation>Deze melding weghalen</translation>
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
            <source>Notice about “{name}” dismissed</source>
            <translation>Melding over “{name}” genegeerd</translation>
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
            <source>Never synced</source>
            <translation>Nooit gesynchroniseerd</translation>
        </message>
        <message>
            <source>Last sync {time}</source>
            <translation>Laatste synchronisatie {time}</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Uit</translation>
        </message>
        <message>
            <source>Not synced (off)</source>
            <translation>Niet gesynchroniseerd (uit)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes to send</source>
            <translation>
                <numerusform>%Ln wijziging te verzenden</numerusform>
                <numerusform>%Ln wijzigingen te verzenden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sync issues</source>
            <translation>
                <numerusform>%Ln synchronisatieprobleem</numerusform>
                <numerusform>%Ln synchronisatieproblemen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to send</source>
            <translation>
                <numerusform>%Ln te verzenden</numerusform>
                <numerusform>%Ln te verzenden</numerusform>
            </translation>
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
            <source>Click to open Accounts and enter a valid token for “{name}”.</source>
            <translation>Klik om Accounts te openen en een geldig token voor “{name}” in te voeren.</translation>
        </message>
        <message>
            <source>Click to open Accounts.</source>
            <translation>Klik om Accounts te openen.</translation>
        </message>
        <message>
            <source>Click to open Preferences.</source>
            <translation>Klik om Instellingen te openen.</translation>
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
            <source>{why} Click to open Accounts.</source>
            <translation>{why} Klik om Accounts te openen.</translation>
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
            <source>The server refused the API token.</source>
            <translation>De server heeft het API-token geweigerd.</translation>
        </message>
        <message>
            <source>The server refused the API token. Click to open Accounts.</source>
            <translation>De server heeft het API-token geweigerd. Klik om Accounts te openen.</translation>
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
        <message>
            <source>Deletions wait</source>
            <translation>Verwijderingen wachten</translation>
        </message>
        <message>
            <source>Contacts deleted on the server, more than the safety limit allows at once, are still here: nothing is deleted before you say yes.</source>
            <translation>Contacten die op de server zijn verwijderd, meer dan de veiligheidsgrens in één keer toelaat, staan hier nog: er wordt niets verwijderd voordat u ja zegt.</translation>
        </message>
        <message>
            <source>Click to review them.</source>
            <translation>Klik om ze te bekijken.</translation>
        </message>
        <message>
            <source>Click to review what “{name}” holds back.</source>
            <translation>Klik om te bekijken wat “{name}” tegenhoudt.</translation>
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
            <source>{reason} Your changes stay queued.</source>
            <translation>{reason} Uw wijzigingen blijven in de wachtrij.</translation>
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
        <message numerus="yes">
            <source>%Ln changes sent</source>
            <translation>
                <numerusform>%Ln wijziging verzonden</numerusform>
                <numerusform>%Ln wijzigingen verzonden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln received</source>
            <translation>
                <numerusform>%Ln ontvangen</numerusform>
                <numerusform>%Ln ontvangen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln merged</source>
            <translation>
                <numerusform>%Ln samengevoegd</numerusform>
                <numerusform>%Ln samengevoegd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deleted</source>
            <translation>
                <numerusform>%Ln verwijderd</numerusform>
                <numerusform>%Ln verwijderd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln conflicts</source>
            <translation>
                <numerusform>%Ln conflict</numerusform>
                <numerusform>%Ln conflicten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln refused</source>
            <translation>
                <numerusform>%Ln geweigerd</numerusform>
                <numerusform>%Ln geweigerd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deletions wait for your confirmation</source>
            <translation>
                <numerusform>%Ln verwijdering wacht op uw bevestiging</numerusform>
                <numerusform>%Ln verwijderingen wachten op uw bevestiging</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts were deleted on the server. Delete them here too?</source>
            <translation>
                <numerusform>%Ln contact is op de server verwijderd. Ook hier verwijderen?</numerusform>
                <numerusform>%Ln contacten zijn op de server verwijderd. Ook hier verwijderen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced: {line}; {waiting}</source>
            <translation>Gesynchroniseerd: {line}; {waiting}</translation>
        </message>
        <message>
            <source>{name}: sync failed ({reason})</source>
            <translation>{name}: synchronisatie mislukt ({reason})</translation>
        </message>
        <message>
            <source>{name}: synced</source>
            <translation>{name}: gesynchroniseerd</translation>
        </message>
        <message>
            <source>{name}: some records could not be synced — see Sync issues</source>
            <translation>{name}: sommige records konden niet worden gesynchroniseerd — zie Synchronisatieproblemen</translation>
        </message>
        <message>
            <source>{name}: not everything could be synced; the rest waits for the next sync</source>
            <translation>{name}: niet alles kon worden gesynchroniseerd; de rest wacht op de volgende synchronisatie</translation>
        </message>
        <message>
            <source>{name}: {reason} Changes stay queued.</source>
            <translation>{name}: {reason} Wijzigingen blijven in de wachtrij.</translation>
        </message>
        <message>
            <source>{name}: offline — the server could not be reached; changes stay queued</source>
            <translation>{name}: offline — de server was niet bereikbaar; wijzigingen blijven in de wachtrij</translation>
        </message>
        <message>
            <source>{name}: the server refused the token — enter a valid one in Accounts</source>
            <translation>{name}: de server heeft het token geweigerd — voer een geldig token in bij Accounts</translation>
        </message>
        <message>
            <source>{name}: sync cancelled; what was done so far is kept</source>
            <translation>{name}: synchronisatie geannuleerd; wat al gedaan was, blijft bewaard</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Toepassen</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Ontkoppelen</translation>
        </message>
        <message>
            <source>Gone from {account}</source>
            <translation>Weg uit {account}</translation>
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
                <numerusform>%Ln resultaat</numerusform>
                <numerusform>%Ln resultaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove tag “{name}” from %Ln contacts?</source>
            <translation>
                <numerusform>Tag “{name}” weghalen bij %Ln contact?</numerusform>
                <numerusform>Tag “{name}” weghalen bij %Ln contacten?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag “{name}” deleted and taken from %Ln contacts</source>
            <translation>
                <numerusform>Tag “{name}” verwijderd en weggehaald bij %Ln contact</numerusform>
                <numerusform>Tag “{name}” verwijderd en weggehaald bij %Ln contacten</numerusform>
            </translation>
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
        <name>TimeText</name>
        <message>
            <source>yesterday {time}</source>
            <translation>gisteren {time}</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <translation>{date} {time}</translation>
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
        <message numerus="yes">
            <source>%Ln contacts in the trash</source>
            <translation>
                <numerusform>%Ln contact in de prullenbak</numerusform>
                <numerusform>%Ln contacten in de prullenbak</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln resultaat</numerusform>
                <numerusform>%Ln resultaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts restored</source>
            <translation>
                <numerusform>%Ln contact hersteld</numerusform>
                <numerusform>%Ln contacten hersteld</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts could not be restored:</source>
            <translation>
                <numerusform>%Ln contact kon niet worden hersteld:</numerusform>
                <numerusform>%Ln contacten konden niet worden hersteld:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln contacts for good?</source>
            <translation>
                <numerusform>%Ln contact definitief verwijderen?</numerusform>
                <numerusform>%Ln contacten definitief verwijderen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts deleted for good</source>
            <translation>
                <numerusform>%Ln contact definitief verwijderd</numerusform>
                <numerusform>%Ln contacten definitief verwijderd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contacts in the trash for good?</source>
            <translation>
                <numerusform>Het contact in de prullenbak definitief verwijderen?</numerusform>
                <numerusform>Alle %Ln contacten in de prullenbak definitief verwijderen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %Ln kept</source>
            <translation>
                <numerusform>; %Ln behouden</numerusform>
                <numerusform>; %Ln behouden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts could not be deleted for good and stay in the trash:</source>
            <translation>
                <numerusform>%Ln contact kon niet definitief worden verwijderd en blijft in de prullenbak:</numerusform>
                <numerusform>%Ln contacten konden niet definitief worden verwijderd en blijven in de prullenbak:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln kept</source>
            <translation>
                <numerusform>%Ln behouden</numerusform>
                <numerusform>%Ln behouden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… en nog %Ln</numerusform>
                <numerusform>… en nog %Ln</numerusform>
            </translation>
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
            <source>Restoring…</source>
            <translation>Bezig met herstellen…</translation>
        </message>
        <message>
            <source>Delete “{name}” for good?</source>
            <translation>“{name}” definitief verwijderen?</translation>
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
            <source>Deleting…</source>
            <translation>Bezig met verwijderen…</translation>
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
            <source> (this cannot be undone)</source>
            <translation> (dit kan niet ongedaan worden gemaakt)</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>the check digits do not match</source>
            <translation>de controlecijfers kloppen niet</translation>
        </message>
        <message>
            <source>the VAT number is empty</source>
            <translation>het btw-nummer is leeg</translation>
        </message>
        <message>
            <source>the number does not start with a country code — {number}</source>
            <translation>het nummer begint niet met een landcode — {number}</translation>
        </message>
        <message>
            <source>the country {prefix} is not recognised — {number}</source>
            <translation>het land {prefix} wordt niet herkend — {number}</translation>
        </message>
        <message>
            <source>the number has the wrong length — {number}</source>
            <translation>het nummer heeft een verkeerde lengte — {number}</translation>
        </message>
        <message>
            <source>the number does not have the shape used in {prefix} — {number}</source>
            <translation>het nummer heeft niet de vorm die in {prefix} wordt gebruikt — {number}</translation>
        </message>
        <message>
            <source>the number is not valid — {number}</source>
            <translation>het nummer is ongeldig — {number}</translation>
        </message>
        <message>
            <source>the number could not be checked — {number}</source>
            <translation>het nummer kon niet worden gecontroleerd — {number}</translation>
        </message>
        <message>
            <source>{reason} — {value}</source>
            <translation>{reason} — {value}</translation>
        </message>
        <message>
            <source>the phone number is empty</source>
            <translation>het telefoonnummer is leeg</translation>
        </message>
        <message>
            <source>add the country code, for example +32 for Belgium</source>
            <translation>voeg de landcode toe, bijvoorbeeld +32 voor België</translation>
        </message>
        <message>
            <source>this phone number cannot be read</source>
            <translation>dit telefoonnummer kan niet worden gelezen</translation>
        </message>
        <message>
            <source>this does not look like a phone number</source>
            <translation>dit lijkt niet op een telefoonnummer</translation>
        </message>
        <message>
            <source>this is not a valid phone number</source>
            <translation>dit is geen geldig telefoonnummer</translation>
        </message>
        <message>
            <source>this is not a valid phone number in {region}</source>
            <translation>dit is geen geldig telefoonnummer in {region}</translation>
        </message>
        <message>
            <source>the country code is not known</source>
            <translation>de landcode is onbekend</translation>
        </message>
        <message>
            <source>the number is too short</source>
            <translation>het nummer is te kort</translation>
        </message>
        <message>
            <source>the number is too long</source>
            <translation>het nummer is te lang</translation>
        </message>
        <message>
            <source>the e-mail address is empty</source>
            <translation>het e-mailadres is leeg</translation>
        </message>
        <message>
            <source>this is not a valid e-mail address</source>
            <translation>dit is geen geldig e-mailadres</translation>
        </message>
        <message>
            <source>a GLN has 13 digits — {number}</source>
            <translation>een GLN heeft 13 cijfers — {number}</translation>
        </message>
        <message>
            <source>a postal code in {country} has another shape, e.g. {example} — {value}</source>
            <translation>een postcode in {country} heeft een andere vorm, bv. {example} — {value}</translation>
        </message>
        <message>
            <source>a postal code in {country} has another shape — {value}</source>
            <translation>een postcode in {country} heeft een andere vorm — {value}</translation>
        </message>
        <message>
            <source>a postal code in {country} has {shape}, e.g. {example} — {value}</source>
            <translation>een postcode in {country} bestaat uit {shape}, bv. {example} — {value}</translation>
        </message>
        <message>
            <source>{digits} digits and {letters} letters</source>
            <translation>{digits} cijfers en {letters} letters</translation>
        </message>
        <message>
            <source>{digits} digits</source>
            <translation>{digits} cijfers</translation>
        </message>
        <message>
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <source>may have at most {maximum} characters (it has {length})</source>
            <translation>mag hoogstens {maximum} tekens bevatten (het zijn er {length})</translation>
        </message>
        <message>
            <source>must be {minimum} to {maximum} characters long (it has {length})</source>
            <translation>moet {minimum} tot {maximum} tekens lang zijn (het zijn er {length})</translation>
        </message>
        <message>
            <source>choose {what}</source>
            <translation>kies een {what}</translation>
        </message>
        <message>
            <source>“{value}” is not a known {what}</source>
            <translation>“{value}” is onbekend als {what}</translation>
        </message>
        <message>
            <source>cannot be in the future — {value}</source>
            <translation>mag niet in de toekomst liggen — {value}</translation>
        </message>
        <message>
            <source>enter a date</source>
            <translation>voer een datum in</translation>
        </message>
        <message>
            <source>“{value}” is not a known country code (use two capital letters, e.g. BE)</source>
            <translation>“{value}” is geen bekende landcode (gebruik twee hoofdletters, bv. BE)</translation>
        </message>
        <message>
            <source>“{value}” is not a known country code</source>
            <translation>“{value}” is geen bekende landcode</translation>
        </message>
        <message>
            <source>may have at most {maximum} letters and digits — {value}</source>
            <translation>mag hoogstens {maximum} letters en cijfers bevatten — {value}</translation>
        </message>
        <message>
            <source>may contain only letters and digits — {value}</source>
            <translation>mag alleen letters en cijfers bevatten — {value}</translation>
        </message>
        <message>
            <source>“{value}” is not a currency code (use three capital letters, e.g. EUR)</source>
            <translation>“{value}” is geen valutacode (gebruik drie hoofdletters, bv. EUR)</translation>
        </message>
        <message>
            <source>the amount is not a number</source>
            <translation>het bedrag is geen getal</translation>
        </message>
        <message>
            <source>cannot be negative — {value}</source>
            <translation>mag niet negatief zijn — {value}</translation>
        </message>
        <message>
            <source>an amount in {currency} has no decimals — {value}</source>
            <translation>een bedrag in {currency} heeft geen decimalen — {value}</translation>
        </message>
        <message>
            <source>an amount in {currency} has at most {decimals} decimals — {value}</source>
            <translation>een bedrag in {currency} heeft hoogstens {decimals} decimalen — {value}</translation>
        </message>
        <message>
            <source>enter the address</source>
            <translation>voer het adres in</translation>
        </message>
        <message>
            <source>enter an e-mail address</source>
            <translation>voer een e-mailadres in</translation>
        </message>
        <message>
            <source>enter a phone number</source>
            <translation>voer een telefoonnummer in</translation>
        </message>
        <message>
            <source>a web address cannot contain spaces — {value}</source>
            <translation>een webadres mag geen spaties bevatten — {value}</translation>
        </message>
        <message>
            <source>this is not a web address — {value}</source>
            <translation>dit is geen webadres — {value}</translation>
        </message>
        <message>
            <source>write the full web address, starting with https:// — {value}</source>
            <translation>schrijf het volledige webadres, beginnend met https:// — {value}</translation>
        </message>
        <message>
            <source>enter a web address</source>
            <translation>voer een webadres in</translation>
        </message>
        <message>
            <source>the invoice address is not one of this contact's addresses</source>
            <translation>het factuuradres is geen van de adressen van dit contact</translation>
        </message>
        <message>
            <source>the delivery address is not one of this contact's addresses</source>
            <translation>het leveringsadres is geen van de adressen van dit contact</translation>
        </message>
        <message>
            <source>configuration {other} has the same limitations ({limits})</source>
            <translation>configuratie {other} heeft dezelfde beperkingen ({limits})</translation>
        </message>
        <message>
            <source>only one configuration may be without limitations (see {other})</source>
            <translation>slechts één configuratie mag zonder beperkingen zijn (zie {other})</translation>
        </message>
        <message>
            <source>enter the number</source>
            <translation>voer het nummer in</translation>
        </message>
        <message>
            <source>enter a name</source>
            <translation>voer een naam in</translation>
        </message>
        <message>
            <source>only JPEG and PNG pictures can be stored — {value}</source>
            <translation>alleen JPEG- en PNG-afbeeldingen kunnen worden opgeslagen — {value}</translation>
        </message>
        <message>
            <source>a picture may be at most 12 MB (this one has {size} MB)</source>
            <translation>een afbeelding mag hoogstens 12 MB groot zijn (deze is {size} MB)</translation>
        </message>
        <message>
            <source>may hold text, yes/no or a whole number, not {kind} — {value}</source>
            <translation>mag tekst, ja/nee of een geheel getal bevatten, geen {kind} — {value}</translation>
        </message>
        <message>
            <source>is not an organization in this address book</source>
            <translation>is geen organisatie in dit adresboek</translation>
        </message>
        <message>
            <source>enter the related person</source>
            <translation>voer de verwante persoon in</translation>
        </message>
        <message>
            <source>enter the kind</source>
            <translation>voer de soort in</translation>
        </message>
        <message>
            <source>must be an hour from 0 to 23 — {value}</source>
            <translation>moet een uur van 0 tot 23 zijn — {value}</translation>
        </message>
        <message>
            <source>must be after the opening hour ({opening}) — {value}</source>
            <translation>moet na de openingstijd ({opening}) liggen — {value}</translation>
        </message>
        <message>
            <source>must be a year with four digits — {value}</source>
            <translation>moet een jaartal van vier cijfers zijn — {value}</translation>
        </message>
        <message>
            <source>may contain only lower-case letters and underscores — {value}</source>
            <translation>mag alleen kleine letters en underscores bevatten — {value}</translation>
        </message>
        <message>
            <source>“{value}” is not one of the known types; it is kept as it is</source>
            <translation>“{value}” is geen van de bekende types; het wordt ongewijzigd bewaard</translation>
        </message>
        <message>
            <source>must be a language code of 2 or 3 letters, e.g. NL — {value}</source>
            <translation>moet een taalcode van 2 of 3 letters zijn, bv. NL — {value}</translation>
        </message>
        <message>
            <source>is not a department of {organization}</source>
            <translation>is geen afdeling van {organization}</translation>
        </message>
        <message>
            <source>is not a department of it</source>
            <translation>is er geen afdeling van</translation>
        </message>
        <message>
            <source>is not a location of {organization}</source>
            <translation>is geen locatie van {organization}</translation>
        </message>
        <message>
            <source>is not a location of it</source>
            <translation>is er geen locatie van</translation>
        </message>
        <message>
            <source>enter the organization</source>
            <translation>voer de organisatie in</translation>
        </message>
        <message>
            <source>belongs to another organization than the one this person works for</source>
            <translation>hoort bij een andere organisatie dan die waarvoor deze persoon werkt</translation>
        </message>
        <message>
            <source>must be from {minimum} to {maximum} — {value}</source>
            <translation>moet tussen {minimum} en {maximum} liggen — {value}</translation>
        </message>
        <message>
            <source>enter the id</source>
            <translation>voer de id in</translation>
        </message>
        <message>
            <source>“{value}” is already mapped in mapping {other}</source>
            <translation>“{value}” is al gekoppeld in koppeling {other}</translation>
        </message>
        <message>
            <source>cannot be changed once the record is synced — it was {value}</source>
            <translation>kan niet meer worden gewijzigd zodra het record is gesynchroniseerd — het was {value}</translation>
        </message>
        <message>
            <source>cannot be changed once the record is synced — it was empty</source>
            <translation>kan niet meer worden gewijzigd zodra het record is gesynchroniseerd — het was leeg</translation>
        </message>
        <message>
            <source>KIP needs the street</source>
            <translation>KIP heeft de straat nodig</translation>
        </message>
        <message>
            <source>KIP needs the city</source>
            <translation>KIP heeft de plaats nodig</translation>
        </message>
        <message>
            <source>KIP needs the postal code</source>
            <translation>KIP heeft de postcode nodig</translation>
        </message>
        <message>
            <source>KIP needs the country</source>
            <translation>KIP heeft het land nodig</translation>
        </message>
        <message>
            <source>KIP needs a name</source>
            <translation>KIP heeft een naam nodig</translation>
        </message>
        <message>
            <source>KIP needs an address with street, city, postal code and country</source>
            <translation>KIP heeft een adres met straat, plaats, postcode en land nodig</translation>
        </message>
        <message>
            <source>KIP needs a phone number</source>
            <translation>KIP heeft een telefoonnummer nodig</translation>
        </message>
        <message>
            <source>KIP needs a mobile phone number</source>
            <translation>KIP heeft een mobiel nummer nodig</translation>
        </message>
        <message>
            <source>KIP needs an e-mail address</source>
            <translation>KIP heeft een e-mailadres nodig</translation>
        </message>
        <message>
            <source>KIP needs the VAT number</source>
            <translation>KIP heeft het btw-nummer nodig</translation>
        </message>
        <message>
            <source>KIP needs the number</source>
            <translation>KIP heeft het nummer nodig</translation>
        </message>
        <message>
            <source>KIP needs the invoice language</source>
            <translation>KIP heeft de factuurtaal nodig</translation>
        </message>
        <message>
            <source>{message} — kept as received</source>
            <translation>{message} — ongewijzigd bewaard</translation>
        </message>
        <message>
            <source>not contacts, so they cannot be members: {ids}</source>
            <translation>geen contacten, dus ze kunnen geen lid zijn: {ids}</translation>
        </message>
        <message>
            <source>a GIF file</source>
            <translation>een GIF-bestand</translation>
        </message>
        <message>
            <source>a BMP file</source>
            <translation>een BMP-bestand</translation>
        </message>
        <message>
            <source>a TIFF file</source>
            <translation>een TIFF-bestand</translation>
        </message>
        <message>
            <source>a PDF file</source>
            <translation>een PDF-bestand</translation>
        </message>
        <message>
            <source>an SVG file</source>
            <translation>een SVG-bestand</translation>
        </message>
        <message>
            <source>an SVG or other XML file</source>
            <translation>een SVG- of ander XML-bestand</translation>
        </message>
        <message>
            <source>a WebP picture</source>
            <translation>een WebP-afbeelding</translation>
        </message>
        <message>
            <source>a HEIC/AVIF picture or a video</source>
            <translation>een HEIC/AVIF-afbeelding of een video</translation>
        </message>
        <message>
            <source>not a picture Kontor knows</source>
            <translation>geen afbeelding die Kontor kent</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>het bestand is leeg</translation>
        </message>
        <message>
            <source>only JPEG and PNG pictures can be used — this file is {kind}</source>
            <translation>alleen JPEG- en PNG-afbeeldingen kunnen worden gebruikt — dit bestand is {kind}</translation>
        </message>
        <message>
            <source>the {format} file is damaged or incomplete ({error})</source>
            <translation>het {format}-bestand is beschadigd of onvolledig ({error})</translation>
        </message>
        <message>
            <source>the picture has far more than {maximum} pixels</source>
            <translation>de afbeelding heeft veel meer dan {maximum} pixels</translation>
        </message>
        <message>
            <source>a picture may have at most {maximum} megapixels (this one is {width} × {height}, {megapixels} megapixels)</source>
            <translation>een afbeelding mag hoogstens {maximum} megapixels hebben (deze is {width} × {height}, {megapixels} megapixels)</translation>
        </message>
        <message>
            <source>a tag named “{name}” exists already</source>
            <translation>er bestaat al een tag met de naam “{name}”</translation>
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

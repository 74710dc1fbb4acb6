<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name />
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} und %n weiterer</numerusform>
                <numerusform>{names} und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identical</source>
            <translation>
                <numerusform>%n identisch</numerusform>
                <numerusform>%n identisch</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invalid</source>
            <translation>
                <numerusform>%n ungültig</numerusform>
                <numerusform>%n ungültig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ambiguous</source>
            <translation>
                <numerusform>%n mehrdeutig</numerusform>
                <numerusform>%n mehrdeutig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate</source>
            <translation>
                <numerusform>%n doppelt</numerusform>
                <numerusform>%n doppelt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in trash</source>
            <translation>
                <numerusform>%n im Papierkorb</numerusform>
                <numerusform>%n im Papierkorb</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n neu anzulegen</numerusform>
                <numerusform>%n neu anzulegen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to update</source>
            <translation>
                <numerusform>%n zu aktualisieren</numerusform>
                <numerusform>%n zu aktualisieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n zusammengeführt</numerusform>
                <numerusform>%n zusammengeführt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n übersprungen</numerusform>
                <numerusform>%n übersprungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n created</source>
            <translation>
                <numerusform>%n angelegt</numerusform>
                <numerusform>%n angelegt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n aktualisiert</numerusform>
                <numerusform>%n aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records missing from {system}'s list still exist there: nothing was deleted.</source>
            <translation>
                <numerusform>%n Datensatz, der in der Liste von {system} fehlt, existiert dort noch: Es wurde nichts gelöscht.</numerusform>
                <numerusform>%n Datensätze, die in der Liste von {system} fehlen, existieren dort noch: Es wurde nichts gelöscht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records were deleted in {system}. They are kept here until you confirm that they should be deleted here too.</source>
            <translation>
                <numerusform>%n Datensatz wurde in {system} gelöscht. Er bleibt hier erhalten, bis Sie bestätigen, dass er auch hier gelöscht werden soll.</numerusform>
                <numerusform>%n Datensätze wurden in {system} gelöscht. Sie bleiben hier erhalten, bis Sie bestätigen, dass sie auch hier gelöscht werden sollen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records missing from the server's list still exist there: the list was incomplete, nothing was deleted.</source>
            <translation>
                <numerusform>%n Datensatz, der in der Liste des Servers fehlt, existiert dort noch: Die Liste war unvollständig, es wurde nichts gelöscht.</numerusform>
                <numerusform>%n Datensätze, die in der Liste des Servers fehlen, existieren dort noch: Die Liste war unvollständig, es wurde nichts gelöscht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records were deleted on the server. They are kept here until you confirm that they should be deleted here too.</source>
            <translation>
                <numerusform>%n Datensatz wurde auf dem Server gelöscht. Er bleibt hier erhalten, bis Sie bestätigen, dass er auch hier gelöscht werden soll.</numerusform>
                <numerusform>%n Datensätze wurden auf dem Server gelöscht. Sie bleiben hier erhalten, bis Sie bestätigen, dass sie auch hier gelöscht werden sollen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n gesendet</numerusform>
                <numerusform>%n gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n gelöscht</numerusform>
                <numerusform>%n gelöscht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts</source>
            <translation>
                <numerusform>%n Konflikt</numerusform>
                <numerusform>%n Konflikte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n abgelehnt</numerusform>
                <numerusform>%n abgelehnt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for the next sync</source>
            <translation>
                <numerusform>%n wartet auf die nächste Synchronisierung</numerusform>
                <numerusform>%n warten auf die nächste Synchronisierung</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change waiting to be sent</source>
            <translation>
                <numerusform>%n Änderung noch nicht gesendet</numerusform>
                <numerusform>%n Änderungen noch nicht gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes waiting to be sent</source>
            <translation>
                <numerusform>%n Änderung noch nicht gesendet</numerusform>
                <numerusform>%n Änderungen noch nicht gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sync issue</source>
            <translation>
                <numerusform>%n Synchronisierungsproblem</numerusform>
                <numerusform>%n Synchronisierungsprobleme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sync issues</source>
            <translation>
                <numerusform>%n Synchronisierungsproblem</numerusform>
                <numerusform>%n Synchronisierungsprobleme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n accounts</source>
            <translation>
                <numerusform>%n Konto</numerusform>
                <numerusform>%n Konten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines as {encoding}</source>
            <translation>
                <numerusform>%n Zeile als {encoding}</numerusform>
                <numerusform>%n Zeilen als {encoding}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines outside BEGIN:VCARD … END:VCARD were ignored.</source>
            <translation>
                <numerusform>%n Zeile außerhalb von BEGIN:VCARD … END:VCARD wurde ignoriert.</numerusform>
                <numerusform>%n Zeilen außerhalb von BEGIN:VCARD … END:VCARD wurden ignoriert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organizations are named “{name}”: rename one, or choose it in Preferences → Accounts.</source>
            <translation>
                <numerusform>%n Organisation heißt „{name}“: Benennen Sie eine um oder wählen Sie sie unter Einstellungen → Konten.</numerusform>
                <numerusform>%n Organisationen heißen „{name}“: Benennen Sie eine um oder wählen Sie sie unter Einstellungen → Konten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed account “{name}”. The %n contacts stay in the database.</source>
            <translation>
                <numerusform>Konto „{name}“ entfernt. Der Kontakt bleibt in der Datenbank.</numerusform>
                <numerusform>Konto „{name}“ entfernt. Die %n Kontakte bleiben in der Datenbank.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people not changed for {years} years:</source>
            <translation>
                <numerusform>%n Person seit {years} Jahren nicht geändert:</numerusform>
                <numerusform>%n Personen seit {years} Jahren nicht geändert:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more skipped rows</source>
            <translation>
                <numerusform>… und %n weitere übersprungene Zeile</numerusform>
                <numerusform>… und %n weitere übersprungene Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contacts.</source>
            <translation>
                <numerusform>%n Kontakt exportiert.</numerusform>
                <numerusform>%n Kontakte exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contacts to {path}.</source>
            <translation>
                <numerusform>%n Kontakt nach {path} exportiert.</numerusform>
                <numerusform>%n Kontakte nach {path} exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Phone list — %n contacts — {date}</source>
            <translation>
                <numerusform>Telefonliste — %n Kontakt — {date}</numerusform>
                <numerusform>Telefonliste — %n Kontakte — {date}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} (%n page)</source>
            <translation>
                <numerusform>{path} gespeichert (%n Seite)</numerusform>
                <numerusform>{path} gespeichert (%n Seiten)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} (%n pages)</source>
            <translation>
                <numerusform>{path} gespeichert (%n Seite)</numerusform>
                <numerusform>{path} gespeichert (%n Seiten)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the payer of %n customers</source>
            <translation>
                <numerusform>der Zahler für %n Kunden</numerusform>
                <numerusform>der Zahler für %n Kunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>adding %n contacts to {name}</source>
            <translation>
                <numerusform>Hinzufügen von %n Kontakt zu {name}</numerusform>
                <numerusform>Hinzufügen von %n Kontakten zu {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>taking %n contacts out of {name}</source>
            <translation>
                <numerusform>Entfernen von %n Kontakt aus {name}</numerusform>
                <numerusform>Entfernen von %n Kontakten aus {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n work details stay here only: their organizations are not Kanbert companies, and Kontor cannot create companies in Kanbert.</source>
            <translation>
                <numerusform>%n Tätigkeit bleibt nur hier, da ihre Organisation kein Kanbert-Unternehmen ist und Kontor in Kanbert keine Unternehmen anlegen kann.</numerusform>
                <numerusform>%n Tätigkeiten bleiben nur hier, da ihre Organisationen keine Kanbert-Unternehmen sind und Kontor in Kanbert keine Unternehmen anlegen kann.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n companies missing from {system}'s list could not be confirmed gone: none is unlinked.</source>
            <translation>
                <numerusform>%n Unternehmen fehlt in der Liste von {system}, ist aber nicht sicher gelöscht: Es wird nichts entkoppelt.</numerusform>
                <numerusform>%n Unternehmen fehlen in der Liste von {system}, sind aber nicht sicher gelöscht: Es wird nichts entkoppelt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n companies are gone from {system}: more than the safety limit, so none is unlinked until you confirm the deletions.</source>
            <translation>
                <numerusform>%n Unternehmen ist aus {system} verschwunden: mehr als die Sicherheitsgrenze, daher wird nichts entkoppelt, bis Sie die Löschungen bestätigen.</numerusform>
                <numerusform>%n Unternehmen sind aus {system} verschwunden: mehr als die Sicherheitsgrenze, daher wird nichts entkoppelt, bis Sie die Löschungen bestätigen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: synced; %n companies gone there stay linked until you confirm</source>
            <translation>
                <numerusform>{name}: synchronisiert; %n dort entferntes Unternehmen bleibt verknüpft, bis Sie bestätigen</numerusform>
                <numerusform>{name}: synchronisiert; %n dort entfernte Unternehmen bleiben verknüpft, bis Sie bestätigen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: synced; %n records deleted there are kept here for now</source>
            <translation>
                <numerusform>{name}: synchronisiert; %n dort gelöschter Datensatz bleibt hier vorerst erhalten</numerusform>
                <numerusform>{name}: synchronisiert; %n dort gelöschte Datensätze bleiben hier vorerst erhalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records are gone from {account}: {deletions} contacts deleted there go to the trash here, {unlinks} companies gone there are only unlinked. Apply this here?</source>
            <translation>
                <numerusform>%n Datensatz ist aus {account} verschwunden: {deletions} dort gelöschte Kontakte kommen hier in den Papierkorb, {unlinks} dort verschwundene Unternehmen werden nur getrennt. Hier übernehmen?</numerusform>
                <numerusform>%n Datensätze sind aus {account} verschwunden: {deletions} dort gelöschte Kontakte kommen hier in den Papierkorb, {unlinks} dort verschwundene Unternehmen werden nur getrennt. Hier übernehmen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n companies are gone from {account}. Unlink their organizations here? They stay in your address book.</source>
            <translation>
                <numerusform>%n Unternehmen ist aus {account} verschwunden. Seine Organisation hier trennen? Sie bleibt in Ihrem Adressbuch.</numerusform>
                <numerusform>%n Unternehmen sind aus {account} verschwunden. Ihre Organisationen hier trennen? Sie bleiben in Ihrem Adressbuch.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contacts were deleted in {account}. Delete them here too?</source>
            <translation>
                <numerusform>%n Kontakt wurde in {account} gelöscht. Hier auch löschen?</numerusform>
                <numerusform>%n Kontakte wurden in {account} gelöscht. Hier auch löschen?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <source>Add account</source>
            <translation>Konto hinzufügen</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>Konto bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Find address books</source>
            <translation>Adressbücher &amp;suchen</translation>
        </message>
        <message>
            <source>Sign in to the server with the user and password and list its address books</source>
            <translation>Mit Benutzer und Passwort am Server anmelden und dessen Adressbücher auflisten</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored token</source>
            <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
        </message>
        <message>
            <source>Kept in the system keychain</source>
            <translation>Im Schlüsselbund des Systems gespeichert</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Manual only</source>
            <translation>Nur manuell</translation>
        </message>
        <message>
            <source>Take part in syncs</source>
            <translation>An Synchronisierungen teilnehmen</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>API &amp;token:</source>
            <translation>API-T&amp;oken:</translation>
        </message>
        <message>
            <source>Sync &amp;every:</source>
            <translation>Synchronisierung a&amp;lle:</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>&amp;Password / token:</source>
            <translation>&amp;Passwort / Token:</translation>
        </message>
        <message>
            <source>the login (empty: the token is a bearer token)</source>
            <translation>Benutzername (leer: Das Token ist ein Bearer-Token)</translation>
        </message>
        <message>
            <source>Looking for address books…</source>
            <translation>Adressbücher werden gesucht…</translation>
        </message>
    </context>
    <context>
        <name>AccountExtras</name>
        <message>
            <source>optional: e.g. KIP</source>
            <translation>optional: z. B. KIP</translation>
        </message>
        <message>
            <source>Every organization with this tag is registered with KIP, besides those ticked “Registered with KIP” in their editor</source>
            <translation>Jede Organisation mit diesem Schlagwort wird bei KIP registriert, zusätzlich zu denen, bei denen im Editor „Bei KIP registriert“ angekreuzt ist</translation>
        </message>
        <message>
            <source>Type the name of your organization</source>
            <translation>Namen Ihrer Organisation eingeben</translation>
        </message>
        <message>
            <source>Read by the first sync.</source>
            <translation>Wird bei der ersten Synchronisierung gelesen.</translation>
        </message>
        <message>
            <source>As the workspace has it; change it there</source>
            <translation>Wie im Workspace hinterlegt; ändern Sie es dort</translation>
        </message>
        <message>
            <source>Register &amp;organizations tagged:</source>
            <translation>&amp;Organisationen mit diesem Schlagwort registrieren:</translation>
        </message>
        <message>
            <source>Our own &amp;organization:</source>
            <translation>&amp;Eigene Organisation:</translation>
        </message>
        <message>
            <source>Workspace organization:</source>
            <translation>Organisation im Workspace:</translation>
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
            <translation>Partnerorganisationen</translation>
        </message>
        <message>
            <source>CardDAV</source>
            <translation>CardDAV</translation>
        </message>
        <message>
            <source>KIP companies</source>
            <translation>KIP-Unternehmen</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Workspace</translation>
        </message>
        <message>
            <source>Organization id</source>
            <extracomment>What the tenant is called for each type (types without one do not ask for it; English: show it with ``translate("Accounts", label)``).</extracomment>
            <translation>Organisations-ID</translation>
        </message>
        <message>
            <source>Partner id</source>
            <translation>Partner-ID</translation>
        </message>
        <message>
            <source>Address book</source>
            <translation>Adressbuch</translation>
        </message>
        <message>
            <source>Unknown account type “{type}”: choose one of {types}.</source>
            <translation>Unbekannter Kontotyp „{type}“: Wählen Sie einen von {types}.</translation>
        </message>
        <message>
            <source>Enter a name for the account.</source>
            <translation>Geben Sie einen Namen für das Konto ein.</translation>
        </message>
        <message>
            <source>The account name is at most {most} characters long.</source>
            <translation>Der Kontoname darf höchstens {most} Zeichen lang sein.</translation>
        </message>
        <message>
            <source>The account name must not contain control characters.</source>
            <translation>Der Kontoname darf keine Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <source>The user is at most {most} characters long.</source>
            <translation>Der Benutzer darf höchstens {most} Zeichen lang sein.</translation>
        </message>
        <message>
            <source>Choose the address book (its path on the server, e.g. /alice/contacts/).</source>
            <translation>Wählen Sie das Adressbuch (seinen Pfad auf dem Server, z. B. /alice/contacts/).</translation>
        </message>
        <message>
            <source>“{href}” is not the path of an address book (it starts with “/”).</source>
            <translation>„{href}“ ist nicht der Pfad eines Adressbuchs (er beginnt mit „/“).</translation>
        </message>
        <message>
            <source>Finding the address books signs in to the server: enter the password (or app password / token) first.</source>
            <translation>Zum Suchen der Adressbücher meldet sich Kontor am Server an: Geben Sie zuerst das Passwort (oder App-Passwort / Token) ein.</translation>
        </message>
        <message>
            <source>The server refused “{user}” ({status}): check the user name and password.</source>
            <translation>Der Server hat „{user}“ abgelehnt ({status}): Prüfen Sie Benutzername und Passwort.</translation>
        </message>
        <message>
            <source>The server refused this token ({status}): check the user name and password.</source>
            <translation>Der Server hat dieses Token abgelehnt ({status}): Prüfen Sie Benutzername und Passwort.</translation>
        </message>
        <message>
            <source>The server cannot be reached: {reason}.</source>
            <translation>Der Server ist nicht erreichbar: {reason}.</translation>
        </message>
        <message>
            <source>No CardDAV address books were found at {url}: {reason}.</source>
            <translation>Unter {url} wurden keine CardDAV-Adressbücher gefunden: {reason}.</translation>
        </message>
        <message>
            <source>Finding the address books failed: {reason}</source>
            <translation>Die Suche nach Adressbüchern ist fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>{user} has no address book on the server yet: make one there (in its web page or another program), then try again.</source>
            <translation>{user} hat noch kein Adressbuch auf dem Server: Legen Sie dort eines an (auf dessen Webseite oder mit einem anderen Programm) und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>This user has no address book on the server yet: make one there (in its web page or another program), then try again.</source>
            <translation>Dieser Benutzer hat noch kein Adressbuch auf dem Server: Legen Sie dort eines an (auf dessen Webseite oder mit einem anderen Programm) und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>There is no address book named “{name}” (there are: {names}).</source>
            <translation>Es gibt kein Adressbuch namens „{name}“ (vorhanden sind: {names}).</translation>
        </message>
        <message>
            <source>Enter the API token.</source>
            <translation>Geben Sie das API-Token ein.</translation>
        </message>
        <message>
            <source>The API token is too long (at most {most} characters).</source>
            <translation>Das API-Token ist zu lang (höchstens {most} Zeichen).</translation>
        </message>
        <message>
            <source>The API token must not contain spaces, line breaks or control characters.</source>
            <translation>Das API-Token darf keine Leerzeichen, Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <source>The API token must contain only plain ASCII letters, digits and symbols.</source>
            <translation>Das API-Token darf nur einfache ASCII-Buchstaben, Ziffern und Symbole enthalten.</translation>
        </message>
        <message>
            <source>The system keychain could not be read</source>
            <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>The API token could not be stored in the system keychain</source>
            <translation>Das API-Token konnte nicht im Schlüsselbund des Systems gespeichert werden</translation>
        </message>
        <message>
            <source>The API token could not be removed from the system keychain</source>
            <translation>Das API-Token konnte nicht aus dem Schlüsselbund des Systems entfernt werden</translation>
        </message>
        <message>
            <source>No keychain is available on this computer; set {variable} instead.</source>
            <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar; setzen Sie stattdessen {variable}.</translation>
        </message>
        <message>
            <source>The system keychain is locked. Unlock it and try again, or set {variable} instead.</source>
            <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut, oder setzen Sie stattdessen {variable}.</translation>
        </message>
        <message>
            <source>{failure} ({reason}). Try again, or set {variable} instead.</source>
            <translation>{failure} ({reason}). Versuchen Sie es erneut, oder setzen Sie stattdessen {variable}.</translation>
        </message>
        <message>
            <source>No API token for this account: enter it in Edit….</source>
            <translation>Kein API-Token für dieses Konto: Geben Sie es unter „Bearbeiten…“ ein.</translation>
        </message>
        <message>
            <source>Testing a {kind} account is not possible yet.</source>
            <translation>Ein Konto vom Typ {kind} kann noch nicht getestet werden.</translation>
        </message>
        <message>
            <source>Enter the password (or token) first.</source>
            <translation>Geben Sie zuerst das Passwort (oder Token) ein.</translation>
        </message>
        <message>
            <source>The server refused the user name and password ({status}).</source>
            <translation>Der Server hat Benutzername und Passwort abgelehnt ({status}).</translation>
        </message>
        <message>
            <source>There is no address book at {path} on this server.</source>
            <translation>Auf diesem Server gibt es unter {path} kein Adressbuch.</translation>
        </message>
        <message>
            <source>Not reachable: {error}.</source>
            <translation>Nicht erreichbar: {error}.</translation>
        </message>
        <message>
            <source>Not a CardDAV address book: {error}</source>
            <translation>Kein CardDAV-Adressbuch: {error}</translation>
        </message>
        <message>
            <source>sync-collection</source>
            <translation>sync-collection</translation>
        </message>
        <message>
            <source>ETags (no sync-collection)</source>
            <translation>ETags (ohne sync-collection)</translation>
        </message>
        <message>
            <source>Connected: address book “{name}”, vCard {version}, synced by {how}.</source>
            <translation>Verbunden: Adressbuch „{name}“, vCard {version}, synchronisiert über {how}.</translation>
        </message>
        <message>
            <source>{system} cannot be read: changes made there are not taken in here; Kontor only sends what it has.</source>
            <translation>{system} kann nicht gelesen werden: Dort vorgenommene Änderungen werden hier nicht übernommen; Kontor sendet nur, was es hat.</translation>
        </message>
        <message>
            <source>Locked: registered with KIP (“{account}”). {reason}</source>
            <translation>Gesperrt: bei KIP registriert („{account}“). {reason}</translation>
        </message>
        <message>
            <source>this KIP account was removed</source>
            <translation>dieses KIP-Konto wurde entfernt</translation>
        </message>
        <message>
            <source>No API token for this account: enter it in Edit… (or KONTOR_API_TOKEN).</source>
            <translation>Kein API-Token für dieses Konto: Geben Sie es unter „Bearbeiten…“ ein (oder KONTOR_API_TOKEN).</translation>
        </message>
        <message>
            <source>KIP refused the API token: enter a valid one in Edit….</source>
            <translation>KIP hat das API-Token abgelehnt: Geben Sie unter „Bearbeiten…“ ein gültiges ein.</translation>
        </message>
        <message>
            <source>KIP could not be reached ({error}); try again later.</source>
            <translation>KIP war nicht erreichbar ({error}); versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>KIP did not start the export: {error}</source>
            <translation>KIP hat den Export nicht gestartet: {error}</translation>
        </message>
        <message>
            <source>KIP started the export of your data ({status}): it answered these links.</source>
            <translation>KIP hat den Export Ihrer Daten gestartet ({status}) und diese Links zurückgegeben.</translation>
        </message>
        <message>
            <source>KIP started the export of your data: it answered these links.</source>
            <translation>KIP hat den Export Ihrer Daten gestartet und diese Links zurückgegeben.</translation>
        </message>
        <message>
            <source>KIP started the export of your data ({status}), with no links.</source>
            <translation>KIP hat den Export Ihrer Daten gestartet ({status}), ohne Links.</translation>
        </message>
        <message>
            <source>KIP started the export of your data, with no links.</source>
            <translation>KIP hat den Export Ihrer Daten gestartet, ohne Links.</translation>
        </message>
        <message>
            <source>this workspace account was removed</source>
            <translation>dieses Workspace-Konto wurde entfernt</translation>
        </message>
        <message>
            <source>KIP has no read path: it cannot be tried without registering a company. “Request my data from KIP” or the first sync shows whether the address and the token work.</source>
            <translation>KIP bietet keinen Lesezugriff: Ein Test ist nicht möglich, ohne ein Unternehmen zu registrieren. „Meine Daten von KIP anfordern“ oder die erste Synchronisierung zeigt, ob Adresse und Token funktionieren.</translation>
        </message>
        <message>
            <source>Enter the API token first.</source>
            <translation>Geben Sie zuerst das API-Token ein.</translation>
        </message>
        <message>
            <source>The workspace refused the API token ({status}).</source>
            <translation>Der Workspace hat das API-Token abgelehnt ({status}).</translation>
        </message>
        <message>
            <source>The workspace shows no organization at this address.</source>
            <translation>Der Workspace zeigt unter dieser Adresse keine Organisation.</translation>
        </message>
        <message>
            <source>Not the workspace API: {error}</source>
            <translation>Nicht die Workspace-API: {error}</translation>
        </message>
        <message>
            <source>Connected: the workspace organization “{name}”.</source>
            <translation>Verbunden: die Organisation „{name}“ im Workspace.</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Accounts</source>
            <translation>Konten</translation>
        </message>
        <message>
            <source>The systems this address book is kept in step with. Removing an account unlinks the address book from it; no contact is deleted.</source>
            <translation>Die Systeme, mit denen dieses Adressbuch abgeglichen wird. Wenn Sie ein Konto entfernen, wird die Verknüpfung des Adressbuchs damit aufgehoben; es wird kein Kontakt gelöscht.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Mandant</translation>
        </message>
        <message>
            <source>Syncs</source>
            <translation>Synchronisiert</translation>
        </message>
        <message>
            <source>No accounts yet: add one to sync this address book.</source>
            <translation>Noch keine Konten: Fügen Sie eines hinzu, um dieses Adressbuch zu synchronisieren.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>&amp;Verbindung testen</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Entfernen…</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>&amp;Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Sync the chosen account once now</source>
            <translation>Das gewählte Konto jetzt einmal synchronisieren</translation>
        </message>
        <message>
            <source>Request my data from &amp;KIP</source>
            <translation>Meine Daten von &amp;KIP anfordern</translation>
        </message>
        <message>
            <source>Ask KIP to export the data it keeps about you (GDPR); shows its links</source>
            <translation>KIP bitten, die über Sie gespeicherten Daten zu exportieren (DSGVO); zeigt die Links an</translation>
        </message>
        <message numerus="yes">
            <source>every %n min</source>
            <translation>
                <numerusform>jede Minute</numerusform>
                <numerusform>alle %n Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuell</translation>
        </message>
        <message>
            <source>no (disabled)</source>
            <translation>nein (deaktiviert)</translation>
        </message>
        <message>
            <source>Limits of {type}:</source>
            <translation>Grenzen von {type}:</translation>
        </message>
        <message>
            <source>Added “{name}”.</source>
            <translation>„{name}“ hinzugefügt.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>„{name}“ gespeichert.</translation>
        </message>
        <message>
            <source>Remove the account “{name}”? The address book is unlinked from it: what waits to be sent to it and its sync issues go. No contact is deleted, here or there.</source>
            <translation>Konto „{name}“ entfernen? Die Verknüpfung des Adressbuchs damit wird aufgehoben: Was noch an das Konto gesendet werden sollte, und seine Synchronisierungsprobleme entfallen. Es wird kein Kontakt gelöscht, weder hier noch dort.</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Konto entfernen</translation>
        </message>
        <message>
            <source>Removed “{name}”. Every contact stays.</source>
            <translation>„{name}“ entfernt. Alle Kontakte bleiben erhalten.</translation>
        </message>
        <message>
            <source>Testing “{name}”…</source>
            <translation>„{name}“ wird getestet…</translation>
        </message>
        <message>
            <source>The test failed ({reason}).</source>
            <translation>Der Test ist fehlgeschlagen ({reason}).</translation>
        </message>
        <message>
            <source>Syncing “{name}”…</source>
            <translation>„{name}“ wird synchronisiert…</translation>
        </message>
        <message>
            <source>The sync failed ({reason}: {text}).</source>
            <translation>Die Synchronisierung ist fehlgeschlagen ({reason}: {text}).</translation>
        </message>
        <message>
            <source>Asking KIP for your data…</source>
            <translation>KIP wird nach Ihren Daten gefragt…</translation>
        </message>
        <message>
            <source>KIP was not asked ({reason}).</source>
            <translation>KIP wurde nicht gefragt ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>AddMembersDialog</name>
        <message>
            <source>Add members to “{name}”</source>
            <translation>Mitglieder zu „{name}“ hinzufügen</translation>
        </message>
        <message>
            <source>Search names, e-mails, phones, cities…</source>
            <translation>Namen, E-Mails, Telefonnummern, Orte suchen…</translation>
        </message>
        <message>
            <source>Tick contacts (Space or a click on the box); ticks stay while you search.</source>
            <translation>Kontakte ankreuzen (Leertaste oder Klick auf das Kästchen); die Häkchen bleiben beim Suchen erhalten.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts ticked</source>
            <translation>
                <numerusform>%Ln Kontakt angekreuzt</numerusform>
                <numerusform>%Ln Kontakte angekreuzt</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing ticked yet</source>
            <translation>Noch nichts angekreuzt</translation>
        </message>
    </context>
    <context>
        <name>AddressCombo</name>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>(unknown address {id})</source>
            <translation>(unbekannte Adresse {id})</translation>
        </message>
    </context>
    <context>
        <name>AddressRow</name>
        <message>
            <source>Building, floor, …</source>
            <translation>Gebäude, Etage, …</translation>
        </message>
        <message>
            <source>Type a country or code</source>
            <translation>Land oder Ländercode eingeben</translation>
        </message>
        <message>
            <source>Usages</source>
            <translation>Verwendung</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Hausnummer</translation>
        </message>
        <message>
            <source>Additional</source>
            <translation>Zusatz</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Bundesland</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Care of</source>
            <translation>c/o</translation>
        </message>
        <message>
            <source>Full address</source>
            <translation>Vollständige Adresse</translation>
        </message>
        <message>
            <source>Filled in from the parts; write your own to override, clear it to go back</source>
            <translation>Wird aus den Einzelteilen gebildet; zum Überschreiben selbst eintragen, zum Zurücksetzen leeren</translation>
        </message>
    </context>
    <context>
        <name>AlternativePayerBox</name>
        <message>
            <source>Alternative payer</source>
            <translation>Abweichender Zahler</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Assigned by the server</source>
            <translation>Vom Server vergeben</translation>
        </message>
        <message>
            <source>Alternative payer number</source>
            <translation>Nummer des abweichenden Zahlers</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Debtor account</source>
            <translation>Debitorenkonto</translation>
        </message>
    </context>
    <context>
        <name>BusyIndicator</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>ChoiceChecks</name>
        <message>
            <source>Not a documented value; kept as received</source>
            <translation>Kein dokumentierter Wert; unverändert übernommen</translation>
        </message>
    </context>
    <context>
        <name>ChoosableContactsModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Already in the list</source>
            <translation>Bereits in der Liste</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
    </context>
    <context>
        <name>Command line</name>
        <message>
            <source>organization id</source>
            <extracomment>What the tenant is called in ``kontor accounts list`` (English: shown translated).</extracomment>
            <translation>Organisations-ID</translation>
        </message>
        <message>
            <source>partner id</source>
            <translation>Partner-ID</translation>
        </message>
        <message>
            <source>address book</source>
            <translation>Adressbuch</translation>
        </message>
        <message>
            <source>list, add or remove the accounts (remote systems) a database syncs with</source>
            <translation>die Konten (entfernte Systeme) auflisten, hinzufügen oder entfernen, mit denen eine Datenbank synchronisiert wird</translation>
        </message>
        <message>
            <source>the accounts, one a line</source>
            <translation>die Konten, eines pro Zeile</translation>
        </message>
        <message>
            <source>link the database to an account</source>
            <translation>die Datenbank mit einem Konto verknüpfen</translation>
        </message>
        <message>
            <source>a name of your choice (unique)</source>
            <translation>ein frei wählbarer Name (eindeutig)</translation>
        </message>
        <message>
            <source>the system's base address (https://…)</source>
            <translation>die Basisadresse des Systems (https://…)</translation>
        </message>
        <message>
            <source>organization id (enfore), partner id, or a CardDAV address book's path</source>
            <translation>Organisations-ID (enfore), Partner-ID oder der Pfad eines CardDAV-Adressbuchs</translation>
        </message>
        <message>
            <source>the user the token belongs to (CardDAV: the login)</source>
            <translation>der Benutzer, zu dem das Token gehört (CardDAV: die Anmeldung)</translation>
        </message>
        <message>
            <source>CardDAV: the address book to sync, by name (default: the first one found)</source>
            <translation>CardDAV: das zu synchronisierende Adressbuch, nach Namen (Standard: das erste gefundene)</translation>
        </message>
        <message>
            <source>CardDAV: sign in with the user and password (basic, the default with --user) or with a bearer token</source>
            <translation>CardDAV: Anmeldung mit Benutzer und Passwort (basic, Standard mit --user) oder mit einem Bearer-Token</translation>
        </message>
        <message>
            <source>KIP: register every organization with this tag (besides those ticked in their editor)</source>
            <translation>KIP: jede Organisation mit diesem Schlagwort registrieren (zusätzlich zu denen, die in ihrem Editor angekreuzt sind)</translation>
        </message>
        <message>
            <source>workspace: the organization contact that is your own organization (its locations sync with the workspace)</source>
            <translation>Workspace: der Organisationskontakt, der Ihre eigene Organisation ist (seine Standorte werden mit dem Workspace synchronisiert)</translation>
        </message>
        <message>
            <source>minutes between automatic syncs (0: by hand)</source>
            <translation>Minuten zwischen automatischen Synchronisierungen (0: manuell)</translation>
        </message>
        <message>
            <source>keep it out of syncs until it is enabled</source>
            <translation>von Synchronisierungen ausnehmen, bis es aktiviert wird</translation>
        </message>
        <message>
            <source>keep the value of KONTOR_API_TOKEN in the system keychain for this account</source>
            <translation>den Wert von KONTOR_API_TOKEN für dieses Konto im Schlüsselbund des Systems speichern</translation>
        </message>
        <message>
            <source>unlink the database from an account (contacts are kept)</source>
            <translation>die Verknüpfung der Datenbank mit einem Konto aufheben (Kontakte bleiben erhalten)</translation>
        </message>
        <message>
            <source>there is no database at {path}.</source>
            <translation>unter {path} gibt es keine Datenbank.</translation>
        </message>
        <message>
            <source>keychain unavailable</source>
            <translation>Schlüsselbund nicht verfügbar</translation>
        </message>
        <message>
            <source>token from KONTOR_API_TOKEN</source>
            <translation>Token aus KONTOR_API_TOKEN</translation>
        </message>
        <message>
            <source>token in keychain</source>
            <translation>Token im Schlüsselbund</translation>
        </message>
        <message>
            <source>no token</source>
            <translation>kein Token</translation>
        </message>
        <message>
            <source>No accounts: add one with `kontor accounts add`.</source>
            <translation>Keine Konten: Fügen Sie eines mit `kontor accounts add` hinzu.</translation>
        </message>
        <message>
            <source> user {user}</source>
            <translation> Benutzer {user}</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>aktiviert</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <source>every {minutes} min</source>
            <translation>alle {minutes} Min.</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuell</translation>
        </message>
        <message>
            <source>--store-token keeps the value of {variable}, which is not set.</source>
            <translation>--store-token speichert den Wert von {variable}, aber die Variable ist nicht gesetzt.</translation>
        </message>
        <message>
            <source>Added {type} account “{name}” ({url}).</source>
            <translation>Konto „{name}“ vom Typ {type} hinzugefügt ({url}).</translation>
        </message>
        <message>
            <source>the token was not stored: {reason}</source>
            <translation>das Token wurde nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>The token is in the system keychain.</source>
            <translation>Das Token ist im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>The token: store it in Preferences → Accounts, or set {variable} when you run `kontor sync`.</source>
            <translation>Das Token: Speichern Sie es unter Einstellungen → Konten, oder setzen Sie {variable}, wenn Sie `kontor sync` ausführen.</translation>
        </message>
        <message>
            <source>--kip-tag is for KIP accounts (--type kip).</source>
            <translation>--kip-tag gilt nur für KIP-Konten (--type kip).</translation>
        </message>
        <message>
            <source>--own-organization is for workspace accounts (--type workspace).</source>
            <translation>--own-organization gilt nur für Workspace-Konten (--type workspace).</translation>
        </message>
        <message>
            <source>There is no organization named “{name}” in this address book.</source>
            <translation>In diesem Adressbuch gibt es keine Organisation namens „{name}“.</translation>
        </message>
        <message>
            <source>finding the address book signs in to the server: set {variable} to the password (or app password / token), or give the address book's path with --tenant.</source>
            <translation>zum Suchen des Adressbuchs meldet sich Kontor am Server an: Setzen Sie {variable} auf das Passwort (oder App-Passwort / Token), oder geben Sie den Pfad des Adressbuchs mit --tenant an.</translation>
        </message>
        <message>
            <source>Address book: “{name}” ({path}).</source>
            <translation>Adressbuch: „{name}“ ({path}).</translation>
        </message>
        <message>
            <source>Also there: {names} — choose one with --address-book NAME.</source>
            <translation>Außerdem vorhanden: {names} — wählen Sie eines mit --address-book NAME.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>no account named “{name}” (accounts: {names}).</source>
            <translation>kein Konto namens „{name}“ (Konten: {names}).</translation>
        </message>
        <message>
            <source>privacy requests: export everything about a person, erase a person, retention</source>
            <translation>Datenschutzanfragen: alles über eine Person exportieren, Daten einer Person löschen, Aufbewahrung</translation>
        </message>
        <message>
            <source>write everything about a person into DIR</source>
            <translation>alles über eine Person nach DIR schreiben</translation>
        </message>
        <message>
            <source>leave out the PDF report</source>
            <translation>den PDF-Bericht weglassen</translation>
        </message>
        <message>
            <source>erase a person (asks for --yes)</source>
            <translation>die Daten einer Person löschen (verlangt --yes)</translation>
        </message>
        <message>
            <source>delete the contact, or anonymise it and keep the record for accounting (default: what the accounting rule suggests for this contact)</source>
            <translation>den Kontakt löschen oder ihn anonymisieren und den Datensatz für die Buchhaltung behalten (Standard: was die Buchhaltungsregel für diesen Kontakt vorschlägt)</translation>
        </message>
        <message>
            <source>erase without asking</source>
            <translation>ohne Nachfrage löschen</translation>
        </message>
        <message>
            <source>people not changed for N years (the book's setting by default)</source>
            <translation>Personen, die seit N Jahren nicht geändert wurden (standardmäßig die Einstellung des Adressbuchs)</translation>
        </message>
        <message>
            <source>store --years as the book's retention period</source>
            <translation>--years als Aufbewahrungsfrist des Adressbuchs speichern</translation>
        </message>
        <message>
            <source>Everything about {name}</source>
            <translation>Alles über {name}</translation>
        </message>
        <message>
            <source>Everything about “{name}” ({id}):</source>
            <translation>Alles über „{name}“ ({id}):</translation>
        </message>
        <message>
            <source>Accounting needs this record: it is {reason}.</source>
            <translation>Die Buchhaltung benötigt diesen Datensatz ({reason}).</translation>
        </message>
        <message>
            <source>Linked to {account}: {note}.</source>
            <translation>Verknüpft mit {account}: {note}.</translation>
        </message>
        <message>
            <source>No account holds this contact.</source>
            <translation>Kein Konto enthält diesen Kontakt.</translation>
        </message>
        <message>
            <source>Nothing was erased: add --yes to have the person's data deleted (this cannot be undone).</source>
            <translation>Es wurde nichts gelöscht: Fügen Sie --yes hinzu, damit die Daten der Person gelöscht werden (dies kann nicht rückgängig gemacht werden).</translation>
        </message>
        <message>
            <source>Nothing was erased: add --yes to have the person's data anonymised (this cannot be undone).</source>
            <translation>Es wurde nichts gelöscht: Fügen Sie --yes hinzu, damit die Daten der Person anonymisiert werden (dies kann nicht rückgängig gemacht werden).</translation>
        </message>
        <message>
            <source>Run `kontor sync` to send the erasure now.</source>
            <translation>Führen Sie `kontor sync` aus, um die Löschung jetzt zu senden.</translation>
        </message>
        <message>
            <source>--set needs --years N.</source>
            <translation>--set braucht --years N.</translation>
        </message>
        <message>
            <source>import contacts from a vCard or CSV file (dry run with --dry-run)</source>
            <translation>Kontakte aus einer vCard- oder CSV-Datei importieren (Probelauf mit --dry-run)</translation>
        </message>
        <message>
            <source>Import contacts from a vCard (.vcf) or CSV file as one batch. Contacts already in the book (same id, VAT number, e-mail or phone) are updated, not duplicated; invalid rows are listed and skipped.</source>
            <translation>Kontakte aus einer vCard- (.vcf) oder CSV-Datei in einem Durchgang importieren. Kontakte, die bereits im Adressbuch sind (gleiche ID, USt-IdNr., E-Mail oder Telefonnummer), werden aktualisiert, nicht doppelt angelegt; ungültige Zeilen werden aufgelistet und übersprungen.</translation>
        </message>
        <message>
            <source>only show what would be done; change nothing</source>
            <translation>nur anzeigen, was geschehen würde; nichts ändern</translation>
        </message>
        <message>
            <source>default: from the file name</source>
            <translation>Standard: aus dem Dateinamen</translation>
        </message>
        <message>
            <source>a saved CSV column mapping (template name)</source>
            <translation>eine gespeicherte CSV-Spaltenzuordnung (Name der Vorlage)</translation>
        </message>
        <message>
            <source>the file's encoding (default: detected)</source>
            <translation>die Kodierung der Datei (Standard: erkannt)</translation>
        </message>
        <message>
            <source>the CSV delimiter (default: detected)</source>
            <translation>das CSV-Trennzeichen (Standard: erkannt)</translation>
        </message>
        <message>
            <source>CSV: the field of each column by position, e.g. name,,email,phone (empty: not imported); for files without a header row</source>
            <translation>CSV: das Feld jeder Spalte nach Position, z. B. name,,email,phone (leer: nicht importiert); für Dateien ohne Kopfzeile</translation>
        </message>
        <message>
            <source>CSV: whether the first row names the columns (default: detected)</source>
            <translation>CSV: ob die erste Zeile die Spalten benennt (Standard: erkannt)</translation>
        </message>
        <message>
            <source>export contacts as vCard 4.0 or CSV</source>
            <translation>Kontakte als vCard 4.0 oder CSV exportieren</translation>
        </message>
        <message>
            <source>Export contacts (all, or those matching --search) as vCard 4.0 or CSV.</source>
            <translation>Kontakte (alle oder die zu --search passenden) als vCard 4.0 oder CSV exportieren.</translation>
        </message>
        <message>
            <source>default: from --out, else vcf</source>
            <translation>Standard: aus --out, sonst vcf</translation>
        </message>
        <message>
            <source>where to write (default: standard output)</source>
            <translation>Ziel (Standard: Standardausgabe)</translation>
        </message>
        <message>
            <source>vCard: one file per contact in the folder --out</source>
            <translation>vCard: eine Datei pro Kontakt im Ordner --out</translation>
        </message>
        <message>
            <source>CSV columns (default: {default}; all: {all})</source>
            <translation>CSV-Spalten (Standard: {default}; alle: {all})</translation>
        </message>
        <message>
            <source>only contacts matching TEXT</source>
            <translation>nur Kontakte, die zu TEXT passen</translation>
        </message>
        <message>
            <source>CSV: UTF-8 with a byte-order mark, for Excel</source>
            <translation>CSV: UTF-8 mit Byte-Order-Mark, für Excel</translation>
        </message>
        <message>
            <source>unknown fields in --columns: {unknown}; choose from {names} or a field such as email.work, phone.mobile, address.home.city (or leave a column empty)</source>
            <translation>unbekannte Felder in --columns: {unknown}; wählen Sie aus {names} oder ein Feld wie email.work, phone.mobile, address.home.city (oder lassen Sie eine Spalte leer)</translation>
        </message>
        <message>
            <source>Dry run: nothing was changed.</source>
            <translation>Probelauf: Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Nichts zu ändern.</translation>
        </message>
        <message>
            <source>Imported: {created} created, {updated} updated (journal transaction {txn}).</source>
            <translation>Importiert: {created} angelegt, {updated} aktualisiert (Journal-Transaktion {txn}).</translation>
        </message>
        <message>
            <source>(none given)</source>
            <translation>(keine angegeben)</translation>
        </message>
        <message>
            <source>note: {text}</source>
            <translation>Hinweis: {text}</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> und {count} weitere</translation>
        </message>
        <message>
            <source>new organizations for people who work there: {names}</source>
            <translation>neue Organisationen für die Personen, die dort arbeiten: {names}</translation>
        </message>
        <message>
            <source>skip {row}: {reason}</source>
            <translation>überspringen {row}: {reason}</translation>
        </message>
        <message>
            <source>warning {row}: {text}</source>
            <translation>Warnung {row}: {text}</translation>
        </message>
        <message>
            <source>unknown columns: {unknown}; choose from {names}</source>
            <translation>unbekannte Spalten: {unknown}; wählen Sie aus {names}</translation>
        </message>
        <message>
            <source>--one-per-contact needs --out DIR</source>
            <translation>--one-per-contact braucht --out DIR</translation>
        </message>
        <message>
            <source>Kontor — contacts on your desk, in sync with your company.</source>
            <translation>Kontor — Kontakte auf Ihrem Schreibtisch, synchron mit Ihrem Unternehmen.</translation>
        </message>
        <message>
            <source>database file to open (default: your Kontor database; or set KONTOR_DB)</source>
            <translation>zu öffnende Datenbankdatei (Standard: Ihre Kontor-Datenbank; oder KONTOR_DB setzen)</translation>
        </message>
        <message>
            <source>open a separate demo database filled with sample contacts (never your own)</source>
            <translation>eine separate Demo-Datenbank mit Beispielkontakten öffnen (nie Ihre eigene)</translation>
        </message>
        <message>
            <source>open the window, then the import dialog for FILE (.vcf or .csv); `kontor FILE` does the same</source>
            <translation>das Fenster öffnen, dann den Importdialog für FILE (.vcf oder .csv); `kontor FILE` bewirkt dasselbe</translation>
        </message>
        <message>
            <source>start offscreen on a temporary database, check that Kontor works, and exit (0 when every check passes)</source>
            <translation>unsichtbar mit einer temporären Datenbank starten, prüfen, ob Kontor funktioniert, und beenden (0, wenn alle Prüfungen bestanden sind)</translation>
        </message>
        <message>
            <source>with --self-test: also fail when the window takes longer than this to appear</source>
            <translation>mit --self-test: auch fehlschlagen, wenn das Fenster länger als diese Zeit zum Erscheinen braucht</translation>
        </message>
        <message>
            <source>add N generated contacts to a database (for benchmarks)</source>
            <translation>N generierte Kontakte zu einer Datenbank hinzufügen (für Benchmarks)</translation>
        </message>
        <message>
            <source>save pictures of every section and editor tab (offscreen)</source>
            <translation>Bilder jedes Bereichs und jedes Editor-Reiters speichern (unsichtbar)</translation>
        </message>
        <message>
            <source>the language of the pictures (default: the language Kontor starts in)</source>
            <translation>die Sprache der Bilder (Standard: die Sprache, in der Kontor startet)</translation>
        </message>
        <message>
            <source>run a reference server on this machine (to try sync): the Contacts API (enfore), Kanbert, the partner-organizations portal, KIP companies or the workspace API</source>
            <translation>einen Referenzserver auf diesem Rechner betreiben (um die Synchronisierung auszuprobieren): die Contacts API (enfore), Kanbert, das Portal für Partnerorganisationen, KIP-Unternehmen oder die Workspace-API</translation>
        </message>
        <message>
            <source>which system's API to serve (default: enfore, the Contacts API)</source>
            <translation>welche System-API bereitgestellt wird (Standard: enfore, die Contacts API)</translation>
        </message>
        <message>
            <source>the bearer token clients must send (default: KONTOR_API_TOKEN from the environment)</source>
            <translation>das Bearer-Token, das Clients senden müssen (Standard: KONTOR_API_TOKEN aus der Umgebung)</translation>
        </message>
        <message>
            <source>seed of the random faults, to replay a run (default: a new one each start, printed at start)</source>
            <translation>Startwert der zufälligen Fehler, um einen Lauf zu wiederholen (Standard: bei jedem Start ein neuer, der beim Start ausgegeben wird)</translation>
        </message>
        <message>
            <source>fraction answered 500</source>
            <translation>Anteil der Antworten mit 500</translation>
        </message>
        <message>
            <source>every Nth request → 429</source>
            <translation>jede N-te Anfrage → 429</translation>
        </message>
        <message>
            <source>listing pages with problems</source>
            <translation>Listenseiten mit Problemen</translation>
        </message>
        <message>
            <source>answer these pages of contact listings 500 (1-based: page n is at offset (n-1)*limit), e.g. 3,4</source>
            <translation>diese Seiten von Kontaktlisten mit 500 beantworten (ab 1: Seite n liegt bei Offset (n-1)*limit), z. B. 3,4</translation>
        </message>
        <message>
            <source>contact listings silently end after the first N contacts (no problem reported)</source>
            <translation>Kontaktlisten enden stillschweigend nach den ersten N Kontakten (ohne gemeldetes Problem)</translation>
        </message>
        <message>
            <source>the next N accepted writes are applied, then the connection is closed unanswered</source>
            <translation>die nächsten N angenommenen Schreibvorgänge werden ausgeführt, dann wird die Verbindung ohne Antwort geschlossen</translation>
        </message>
        <message>
            <source>only writes whose path matches REGEX count for --drop-after-apply (default: all)</source>
            <translation>nur Schreibvorgänge, deren Pfad auf REGEX passt, zählen für --drop-after-apply (Standard: alle)</translation>
        </message>
        <message>
            <source>answer writes whose body contains TEXT 422, without applying them</source>
            <translation>Schreibvorgänge, deren Inhalt TEXT enthält, mit 422 beantworten, ohne sie auszuführen</translation>
        </message>
        <message>
            <source>answer every request after the first N with 401 (as if the token expired)</source>
            <translation>jede Anfrage nach den ersten N mit 401 beantworten (als wäre das Token abgelaufen)</translation>
        </message>
        <message>
            <source>answer every request under /orgs/ORG/ for these orgs 404 (partners: these partner ids)</source>
            <translation>jede Anfrage unter /orgs/ORG/ für diese Organisationen mit 404 beantworten (Partner: diese Partner-IDs)</translation>
        </message>
        <message>
            <source>upgrade a database file and exit</source>
            <translation>eine Datenbankdatei aktualisieren und beenden</translation>
        </message>
        <message>
            <source>put the newest good backup in place of a damaged database (kept under another name, not deleted)</source>
            <translation>die neueste intakte Sicherung an die Stelle einer beschädigten Datenbank setzen (diese wird unter anderem Namen aufbewahrt, nicht gelöscht)</translation>
        </message>
        <message>
            <source>there is no good backup of {path} in {folder}</source>
            <translation>es gibt keine intakte Sicherung von {path} in {folder}</translation>
        </message>
        <message>
            <source>Restored {backup} as {path}; the file that was there is kept as {kept}</source>
            <translation>{backup} als {path} wiederhergestellt; die bisherige Datei wird als {kept} aufbewahrt</translation>
        </message>
        <message>
            <source>database file to sync (default: your Kontor database; or set KONTOR_DB)</source>
            <translation>zu synchronisierende Datenbankdatei (Standard: Ihre Kontor-Datenbank; oder KONTOR_DB setzen)</translation>
        </message>
        <message>
            <source>server address for this run (kept only if the database has no settings yet)</source>
            <translation>Serveradresse für diesen Lauf (wird nur gespeichert, wenn die Datenbank noch keine Einstellungen hat)</translation>
        </message>
        <message>
            <source>organization id for this run (kept only if the database has no settings yet)</source>
            <translation>Organisations-ID für diesen Lauf (wird nur gespeichert, wenn die Datenbank noch keine Einstellungen hat)</translation>
        </message>
        <message>
            <source>apply deletions made on the server even when there are many (over 50)</source>
            <translation>auf dem Server vorgenommene Löschungen auch dann übernehmen, wenn es viele sind (über 50)</translation>
        </message>
        <message>
            <source>no progress on stderr (the summary is printed)</source>
            <translation>kein Fortschritt auf stderr (die Zusammenfassung wird ausgegeben)</translation>
        </message>
        <message>
            <source>sync only this account (default: every enabled account; see `kontor accounts`)</source>
            <translation>nur dieses Konto synchronisieren (Standard: alle aktivierten Konten; siehe `kontor accounts`)</translation>
        </message>
        <message>
            <source>not a whole number: {text}</source>
            <translation>keine ganze Zahl: {text}</translation>
        </message>
        <message>
            <source>must be 0 or more, not {value}</source>
            <translation>muss 0 oder größer sein, nicht {value}</translation>
        </message>
        <message>
            <source>page numbers start at 1</source>
            <translation>Seitennummern beginnen bei 1</translation>
        </message>
        <message>
            <source>not a regular expression: {error}</source>
            <translation>kein regulärer Ausdruck: {error}</translation>
        </message>
        <message>
            <source>--contacts must be at least 1</source>
            <translation>--contacts muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>{done} / {total} contacts</source>
            <translation>{done} / {total} Kontakte</translation>
        </message>
        <message>
            <source>Added {count} contacts to {path} in {seconds} s</source>
            <translation>{count} Kontakte in {seconds} s zu {path} hinzugefügt</translation>
        </message>
        <message>
            <source>give the token clients must send: --token TOKEN or KONTOR_API_TOKEN</source>
            <translation>geben Sie das Token an, das Clients senden müssen: --token TOKEN oder KONTOR_API_TOKEN</translation>
        </message>
        <message>
            <source>{system} reference server on {address} (Ctrl+C stops it); random faults use seed {seed} (--seed {seed} replays them)</source>
            <translation>{system}-Referenzserver auf {address} (Strg+C beendet ihn); zufällige Fehler verwenden den Startwert {seed} (--seed {seed} wiederholt sie)</translation>
        </message>
        <message>
            <source>Reference server stopped.</source>
            <translation>Referenzserver beendet.</translation>
        </message>
        <message>
            <source>{path}: schema {old} → {new}</source>
            <translation>{path}: Schema {old} → {new}</translation>
        </message>
        <message>
            <source>--demo opens its own database; leave out --db</source>
            <translation>--demo öffnet eine eigene Datenbank; lassen Sie --db weg</translation>
        </message>
        <message>
            <source>database file (default: your Kontor database; or set KONTOR_DB)</source>
            <translation>Datenbankdatei (Standard: Ihre Kontor-Datenbank; oder KONTOR_DB setzen)</translation>
        </message>
        <message>
            <source>save labels, envelopes, contact sheets or a phone list as a PDF file</source>
            <translation>Etiketten, Briefumschläge, Kontaktblätter oder eine Telefonliste als PDF-Datei speichern</translation>
        </message>
        <message>
            <source>labels: address labels; envelopes: one envelope per contact; sheet: one contact a page with everything; list: a phone list</source>
            <translation>labels: Adressetiketten; envelopes: ein Briefumschlag pro Kontakt; sheet: ein Kontakt pro Seite mit allen Angaben; list: eine Telefonliste</translation>
        </message>
        <message>
            <source>a contact to print (repeatable); without it, every contact the filters show</source>
            <translation>ein zu druckender Kontakt (wiederholbar); ohne diese Angabe alle Kontakte, die die Filter zeigen</translation>
        </message>
        <message>
            <source>label sheet: 3x8 (70 x 36 mm), 3x7 (70 x 42.3 mm), 2x4 (99.1 x 67.7 mm), 2x8 (99.1 x 33.9 mm) or custom:COLUMNSxROWS:WIDTHxHEIGHT:LEFT,TOP[:GAPX,GAPY] in mm, e.g. custom:2x5:90x50:15,20:5,5 (default 3x8)</source>
            <translation>Etikettenbogen: 3x8 (70 x 36 mm), 3x7 (70 x 42,3 mm), 2x4 (99,1 x 67,7 mm), 2x8 (99,1 x 33,9 mm) oder custom:SPALTENxZEILEN:BREITExHÖHE:LINKS,OBEN[:ABSTANDX,ABSTANDY] in mm, z. B. custom:2x5:90x50:15,20:5,5 (Standard 3x8)</translation>
        </message>
        <message>
            <source>labels: the first free label of a partly used sheet (1 = top left)</source>
            <translation>labels: das erste freie Etikett eines angebrochenen Bogens (1 = oben links)</translation>
        </message>
        <message>
            <source>envelopes: the organization sending (default: our organization, if chosen)</source>
            <translation>envelopes: die absendende Organisation (Standard: unsere Organisation, falls gewählt)</translation>
        </message>
        <message>
            <source>no contact with the id or e-mail address {reference}</source>
            <translation>kein Kontakt mit der ID oder E-Mail-Adresse {reference}</translation>
        </message>
        <message>
            <source>unknown sheet {sheet}: use 3x8, 3x7, 2x4, 2x8 or custom:…</source>
            <translation>unbekannter Bogen {sheet}: Verwenden Sie 3x8, 3x7, 2x4, 2x8 oder custom:…</translation>
        </message>
        <message>
            <source>cannot read {sheet}: write custom:COLUMNSxROWS:WIDTHxHEIGHT:LEFT,TOP[:GAPX,GAPY]</source>
            <translation>{sheet} kann nicht gelesen werden: Schreiben Sie custom:SPALTENxZEILEN:BREITExHÖHE:LINKS,OBEN[:ABSTANDX,ABSTANDY]</translation>
        </message>
        <message>
            <source>the output must be a .pdf file — {path}</source>
            <translation>die Ausgabe muss eine .pdf-Datei sein — {path}</translation>
        </message>
        <message>
            <source>the folder {path} does not exist</source>
            <translation>der Ordner {path} existiert nicht</translation>
        </message>
        <message>
            <source>there is no database at {path}</source>
            <translation>unter {path} gibt es keine Datenbank</translation>
        </message>
        <message>
            <source>no contact to print: check --contact, --kind and --search</source>
            <translation>kein Kontakt zum Drucken: Prüfen Sie --contact, --kind und --search</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>left out (no postal address): {name}</source>
            <translation>ausgelassen (keine Postanschrift): {name}</translation>
        </message>
        <message>
            <source>the run is complete</source>
            <translation>der Lauf ist vollständig</translation>
        </message>
        <message>
            <source>incomplete, offline, cancelled, or deletions wait for --allow-deletions</source>
            <translation>unvollständig, offline, abgebrochen, oder Löschungen warten auf --allow-deletions</translation>
        </message>
        <message>
            <source>usage or set-up problem (no settings, no token, bad address, database)</source>
            <translation>Bedienungs- oder Einrichtungsproblem (keine Einstellungen, kein Token, falsche Adresse, Datenbank)</translation>
        </message>
        <message>
            <source>the server refused the API token</source>
            <translation>der Server hat das API-Token abgelehnt</translation>
        </message>
        <message>
            <source>stopped with Ctrl+C (what was not sent stays queued)</source>
            <translation>mit Strg+C angehalten (was nicht gesendet wurde, bleibt in der Warteschlange)</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>unvollständig</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>refused (credentials)</source>
            <translation>abgelehnt (Anmeldedaten)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>waiting for confirmation</source>
            <translation>wartet auf Bestätigung</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>sync a database with the Contacts API once and exit (for scripts)</source>
            <translation>eine Datenbank einmal mit der Contacts API synchronisieren und beenden (für Skripte)</translation>
        </message>
        <message>
            <source>Run one sync of a Kontor database with the Contacts API. The server address and organization are those stored in the database (Preferences); --url and --org override them for this run. A database with no sync settings yet keeps --url and --org once the server has answered, so the next run needs no flags. The API token is read from KONTOR_API_TOKEN, else from the system keychain (it is never taken as an argument).</source>
            <translation>Eine Kontor-Datenbank einmal mit der Contacts API synchronisieren. Serveradresse und Organisation sind die in der Datenbank gespeicherten (Einstellungen); --url und --org überschreiben sie für diesen Lauf. Eine Datenbank ohne Synchronisierungseinstellungen übernimmt --url und --org, sobald der Server geantwortet hat, sodass der nächste Lauf keine Optionen braucht. Das API-Token wird aus KONTOR_API_TOKEN gelesen, sonst aus dem Schlüsselbund des Systems (es wird nie als Argument angenommen).</translation>
        </message>
        <message>
            <source>exit status: {codes}</source>
            <translation>Rückgabewerte: {codes}</translation>
        </message>
        <message>
            <source>{changes}, {issues} waiting for you</source>
            <translation>{changes}; auf Sie warten: {issues}</translation>
        </message>
        <message>
            <source> ({count} to link or create)</source>
            <translation> ({count} zu verknüpfen oder anzulegen)</translation>
        </message>
        <message>
            <source>there is no database at {path}. Give --url and --org to make a new one there and fill it from the server.</source>
            <translation>unter {path} gibt es keine Datenbank. Geben Sie --url und --org an, um dort eine neue anzulegen und sie vom Server zu füllen.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>there is no account named “{name}” in {path} (accounts: {names}; see `kontor accounts list`).</source>
            <translation>in {path} gibt es kein Konto namens „{name}“ (Konten: {names}; siehe `kontor accounts list`).</translation>
        </message>
        <message>
            <source>the account “{name}” is disabled; skipped.</source>
            <translation>das Konto „{name}“ ist deaktiviert; übersprungen.</translation>
        </message>
        <message>
            <source>{count} complete</source>
            <extracomment>What an account's run came to, by its exit status, for the total line.</extracomment>
            <translation>{count} vollständig</translation>
        </message>
        <message>
            <source>{count} incomplete</source>
            <translation>{count} unvollständig</translation>
        </message>
        <message>
            <source>{count} not set up</source>
            <translation>{count} nicht eingerichtet</translation>
        </message>
        <message>
            <source>{count} refused the token</source>
            <translation>{count} lehnten das Token ab</translation>
        </message>
        <message>
            <source>{count} stopped</source>
            <translation>{count} abgebrochen</translation>
        </message>
        <message>
            <source>Total: {accounts}, {results} (exit status {code})</source>
            <translation>Gesamt: {accounts}, {results} (Exit-Status {code})</translation>
        </message>
        <message>
            <source>no API token for the account “{name}”: set KONTOR_API_TOKEN or store it in Preferences → Accounts (system keychain).</source>
            <translation>kein API-Token für das Konto „{name}“: Setzen Sie KONTOR_API_TOKEN oder speichern Sie es unter Einstellungen → Konten (Schlüsselbund des Systems).</translation>
        </message>
        <message>
            <source>Syncing {path} with {type} “{name}” ({url})</source>
            <translation>{path} wird mit {type} „{name}“ ({url}) synchronisiert</translation>
        </message>
        <message>
            <source>stopped. What was not sent stays queued.</source>
            <translation>angehalten. Was nicht gesendet wurde, bleibt in der Warteschlange.</translation>
        </message>
        <message>
            <source>{account}: sync {outcome}: {summary}</source>
            <translation>{account}: Synchronisierung {outcome}: {summary}</translation>
        </message>
        <message>
            <source>no server address and no org</source>
            <translation>keine Serveradresse und keine Organisation</translation>
        </message>
        <message>
            <source>no server address</source>
            <translation>keine Serveradresse</translation>
        </message>
        <message>
            <source>no org</source>
            <translation>keine Organisation</translation>
        </message>
        <message>
            <source>Sync is not set up yet for {path} ({missing}). Enter the server address and the organization in Preferences, or give --url URL --org ORG (kept in the database for the next runs).</source>
            <translation>Die Synchronisierung ist für {path} noch nicht eingerichtet ({missing}). Geben Sie in den Einstellungen die Serveradresse und die Organisation ein, oder geben Sie --url URL --org ORG an (wird für die nächsten Läufe in der Datenbank gespeichert).</translation>
        </message>
        <message>
            <source>the sync settings cannot be used: {problems}</source>
            <translation>die Synchronisierungseinstellungen sind nicht verwendbar: {problems}</translation>
        </message>
        <message>
            <source>{url} (org {org})</source>
            <translation>{url} (Organisation {org})</translation>
        </message>
        <message>
            <source>Syncing {path} with {server}</source>
            <translation>{path} wird mit {server} synchronisiert</translation>
        </message>
        <message>
            <source>stopped. What was not sent stays queued for the next run.</source>
            <translation>angehalten. Was nicht gesendet wurde, bleibt für den nächsten Lauf in der Warteschlange.</translation>
        </message>
        <message>
            <source>Kept {server} in {path}: next time `kontor sync --db {path}` needs no --url / --org.</source>
            <translation>{server} in {path} gespeichert: Beim nächsten Mal braucht `kontor sync --db {path}` kein --url / --org.</translation>
        </message>
        <message>
            <source>Sync {outcome}: {summary}</source>
            <translation>Synchronisierung {outcome}: {summary}</translation>
        </message>
        <message>
            <source>Set KONTOR_API_TOKEN, or store the token in Preferences (system keychain).</source>
            <translation>Setzen Sie KONTOR_API_TOKEN oder speichern Sie das Token in den Einstellungen (Schlüsselbund des Systems).</translation>
        </message>
        <message>
            <source>Run again with --allow-deletions to apply the deletions.</source>
            <translation>Führen Sie den Befehl erneut mit --allow-deletions aus, um die Löschungen zu übernehmen.</translation>
        </message>
        <message>
            <source>the run failed: {error}</source>
            <translation>der Lauf ist fehlgeschlagen: {error}</translation>
        </message>
    </context>
    <context>
        <name>Connection</name>
        <message>
            <source>No API token is stored for this server. Enter the API token.</source>
            <translation>Für diesen Server ist kein API-Token gespeichert. Geben Sie das API-Token ein.</translation>
        </message>
        <message>
            <source>{host} did not answer within {seconds} seconds. Check the address and your network.</source>
            <translation>{host} hat nicht innerhalb von {seconds} Sekunden geantwortet. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
        </message>
        <message>
            <source>{host} accepted the connection but did not answer within {seconds} seconds. The server may be busy; try again later.</source>
            <translation>{host} hat die Verbindung angenommen, aber nicht innerhalb von {seconds} Sekunden geantwortet. Der Server ist möglicherweise ausgelastet; versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The connection to {host} broke off ({reason}). Check the address and your network, then try again.</source>
            <translation>Die Verbindung zu {host} wurde unterbrochen ({reason}). Prüfen Sie die Adresse und Ihr Netzwerk und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Cannot reach {host}: {reason}. Check the address and your network.</source>
            <translation>{host} ist nicht erreichbar: {reason}. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
        </message>
        <message>
            <source>unknown reason</source>
            <translation>unbekannter Grund</translation>
        </message>
        <message>
            <source>The server's TLS certificate could not be verified: {detail}. Kontor only talks to {host} over a verified connection; ask your administrator about the certificate.</source>
            <translation>Das TLS-Zertifikat des Servers konnte nicht überprüft werden: {detail}. Kontor verbindet sich mit {host} nur über eine überprüfte Verbindung; fragen Sie Ihren Administrator nach dem Zertifikat.</translation>
        </message>
        <message>
            <source>A secure (TLS) connection to {host} could not be made: {detail}. Check that the address starts with the right scheme (https:// or http://) and uses the right port.</source>
            <translation>Es konnte keine sichere (TLS-)Verbindung zu {host} hergestellt werden: {detail}. Prüfen Sie, ob die Adresse mit dem richtigen Schema (https:// oder http://) beginnt und den richtigen Port verwendet.</translation>
        </message>
        <message>
            <source>the host name could not be found</source>
            <translation>der Hostname wurde nicht gefunden</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>Verbindung abgelehnt</translation>
        </message>
        <message>
            <source>no route to the host</source>
            <translation>keine Route zum Host</translation>
        </message>
        <message>
            <source>Connected to {host}: organization “{org}” is reachable and the token is accepted.</source>
            <translation>Mit {host} verbunden: Die Organisation „{org}“ ist erreichbar und das Token wird akzeptiert.</translation>
        </message>
        <message>
            <source>it answered {status} without a contact listing</source>
            <translation>Antwort {status} ohne Kontaktliste</translation>
        </message>
        <message>
            <source>{host} redirects the request to {target} ({status}). Enter the address it redirects to as the server address.</source>
            <translation>{host} leitet die Anfrage an {target} weiter ({status}). Geben Sie die Zieladresse der Weiterleitung als Serveradresse ein.</translation>
        </message>
        <message>
            <source>{host} redirects the request ({status}). Enter the address it redirects to as the server address.</source>
            <translation>{host} leitet die Anfrage weiter ({status}). Geben Sie die Zieladresse der Weiterleitung als Serveradresse ein.</translation>
        </message>
        <message>
            <source>The server refused the token (401). Enter a valid API token.</source>
            <translation>Der Server hat das Token abgelehnt (401). Geben Sie ein gültiges API-Token ein.</translation>
        </message>
        <message>
            <source>The token is not allowed to read the contacts of organization “{org}” (403). Ask your administrator for a token with access to it.</source>
            <translation>Das Token darf die Kontakte der Organisation „{org}“ nicht lesen (403). Bitten Sie Ihren Administrator um ein Token mit Zugriff darauf.</translation>
        </message>
        <message>
            <source>it answered 404 for the contact listing</source>
            <translation>Antwort 404 auf die Kontaktliste</translation>
        </message>
        <message>
            <source>Organization “{org}” was not found (404). Check the organization id and the server address.</source>
            <translation>Die Organisation „{org}“ wurde nicht gefunden (404). Prüfen Sie die Organisations-ID und die Serveradresse.</translation>
        </message>
        <message>
            <source>The server could not answer ({status}). Try again later; if it keeps happening, tell your administrator.</source>
            <translation>Der Server konnte nicht antworten ({status}). Versuchen Sie es später erneut; wenn das Problem bestehen bleibt, wenden Sie sich an Ihren Administrator.</translation>
        </message>
        <message>
            <source>it answered {status}</source>
            <translation>Antwort {status}</translation>
        </message>
        <message>
            <source>{host} does not look like the Contacts API ({what}). Check the server address; it usually ends with the API version, e.g. /v1.</source>
            <translation>{host} sieht nicht nach der Contacts API aus ({what}). Prüfen Sie die Serveradresse; sie endet meist mit der API-Version, z. B. /v1.</translation>
        </message>
        <message>
            <source>Enter the server address, e.g. {example}.</source>
            <translation>Geben Sie die Serveradresse ein, z. B. {example}.</translation>
        </message>
        <message>
            <source>The server address must not contain spaces.</source>
            <translation>Die Serveradresse darf keine Leerzeichen enthalten.</translation>
        </message>
        <message>
            <source>The server address is not a valid web address (e.g. {example}).</source>
            <translation>Die Serveradresse ist keine gültige Webadresse (z. B. {example}).</translation>
        </message>
        <message>
            <source>The server address must start with https:// (e.g. {example}).</source>
            <translation>Die Serveradresse muss mit https:// beginnen (z. B. {example}).</translation>
        </message>
        <message>
            <source>The server address needs a host name, e.g. {example}.</source>
            <translation>Die Serveradresse braucht einen Hostnamen, z. B. {example}.</translation>
        </message>
        <message>
            <source>The server address must not contain a user name or password; enter the API token in its own field.</source>
            <translation>Die Serveradresse darf weder Benutzername noch Passwort enthalten; geben Sie das API-Token in seinem eigenen Feld ein.</translation>
        </message>
        <message>
            <source>The server address must not contain “?” or “#”.</source>
            <translation>Die Serveradresse darf weder „?“ noch „#“ enthalten.</translation>
        </message>
        <message>
            <source>The port in the server address must be between 1 and 65535.</source>
            <translation>Der Port in der Serveradresse muss zwischen 1 und 65535 liegen.</translation>
        </message>
        <message>
            <source>Plain http:// is allowed only for a server on this computer (localhost, 127.0.0.1 or ::1). Use https://{address} instead.</source>
            <translation>Einfaches http:// ist nur für einen Server auf diesem Computer erlaubt (localhost, 127.0.0.1 oder ::1). Verwenden Sie stattdessen https://{address}.</translation>
        </message>
        <message>
            <source>Enter the organization id.</source>
            <extracomment>The words for a tenant id's problems, by what the tenant is: empty, too long, a “/” in it, control characters in it.</extracomment>
            <translation>Geben Sie die Organisations-ID ein.</translation>
        </message>
        <message>
            <source>The organization id is at most {most} characters long (this one has {length}).</source>
            <translation>Die Organisations-ID darf höchstens {most} Zeichen lang sein (diese hat {length}).</translation>
        </message>
        <message>
            <source>The organization id must not contain “/”.</source>
            <translation>Die Organisations-ID darf kein „/“ enthalten.</translation>
        </message>
        <message>
            <source>The organization id must not contain control characters.</source>
            <translation>Die Organisations-ID darf keine Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <source>Enter the partner id.</source>
            <translation>Geben Sie die Partner-ID ein.</translation>
        </message>
        <message>
            <source>The partner id is at most {most} characters long (this one has {length}).</source>
            <translation>Die Partner-ID darf höchstens {most} Zeichen lang sein (diese hat {length}).</translation>
        </message>
        <message>
            <source>The partner id must not contain “/”.</source>
            <translation>Die Partner-ID darf kein „/“ enthalten.</translation>
        </message>
        <message>
            <source>The partner id must not contain control characters.</source>
            <translation>Die Partner-ID darf keine Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <source>The sync interval must be a whole number of minutes from 0 (sync by hand only) to {most} (once a day).</source>
            <translation>Das Synchronisierungsintervall muss eine ganze Zahl von Minuten sein, von 0 (nur manuell) bis {most} (einmal täglich).</translation>
        </message>
        <message>
            <source>Unknown route names in the sync settings: {names}.</source>
            <translation>Unbekannte Routennamen in den Synchronisierungseinstellungen: {names}.</translation>
        </message>
        <message>
            <source>Route templates must start with “/”: {names}.</source>
            <translation>Routenvorlagen müssen mit „/“ beginnen: {names}.</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the contact (Ctrl+S)</source>
            <translation>Kontakt speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Undo every change since the last save (Ctrl+R)</source>
            <translation>Alle Änderungen seit dem letzten Speichern verwerfen (Strg+R)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Move the contact to the trash</source>
            <translation>Kontakt in den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>Addresses, phones, e-mails, web</source>
            <translation>Adressen, Telefon, E-Mail, Web</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Struktur</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>New {kind}</source>
            <translation>Neue {kind}</translation>
        </message>
        <message>
            <source>Revert changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Throw away your changes to this contact?</source>
            <translation>Ihre Änderungen an diesem Kontakt verwerfen?</translation>
        </message>
        <message>
            <source>Address {number}</source>
            <translation>Adresse {number}</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Noch nicht speicherbar</translation>
        </message>
        <message>
            <source>Please correct these problems first:</source>
            <translation>Bitte beheben Sie zuerst diese Probleme:</translation>
        </message>
    </context>
    <context>
        <name>ContactListView</name>
        <message>
            <source>Search names, e-mails, phones, cities, VAT…</source>
            <translation>Namen, E-Mails, Telefonnummern, Orte, USt-IdNr. suchen…</translation>
        </message>
        <message>
            <source>Only contacts with this tag</source>
            <translation>Nur Kontakte mit diesem Schlagwort</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Alle Rollen</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Lieferanten</translation>
        </message>
        <message>
            <source>Alternative payers</source>
            <translation>Abweichende Zahler</translation>
        </message>
        <message>
            <source>Active or not</source>
            <translation>Aktiv oder nicht</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inaktiv</translation>
        </message>
        <message>
            <source>Active: at least one active role. Inactive: roles, but none active.</source>
            <translation>Aktiv: mindestens eine aktive Rolle. Inaktiv: Rollen vorhanden, aber keine aktiv.</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Alle Typen</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Alle anzeigen</translation>
        </message>
        <message>
            <source>Show every contact again (the other filters stay)</source>
            <translation>Wieder alle Kontakte anzeigen (die anderen Filter bleiben)</translation>
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
            <translation>Adresse hinzufügen</translation>
        </message>
        <message>
            <source>No addresses</source>
            <translation>Keine Adressen</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefonnummern</translation>
        </message>
        <message>
            <source>Add phone</source>
            <translation>Telefonnummer hinzufügen</translation>
        </message>
        <message>
            <source>No phones</source>
            <translation>Keine Telefonnummern</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-Mail-Adressen</translation>
        </message>
        <message>
            <source>Add e-mail</source>
            <translation>E-Mail-Adresse hinzufügen</translation>
        </message>
        <message>
            <source>No e-mail addresses</source>
            <translation>Keine E-Mail-Adressen</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Add web address</source>
            <translation>Webadresse hinzufügen</translation>
        </message>
        <message>
            <source>No web addresses</source>
            <translation>Keine Webadressen</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
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
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Lieferant</translation>
        </message>
        <message>
            <source>Alternative payer</source>
            <translation>Abweichender Zahler</translation>
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
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Please correct these first:</source>
            <translation>Bitte zuerst beheben:</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>„{name}“ gespeichert.</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Nicht gelöscht</translation>
        </message>
        <message>
            <source>“{name}” moved to the trash (Ctrl+Z to undo).</source>
            <translation>„{name}“ in den Papierkorb verschoben (Strg+Z macht das rückgängig).</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to “{name}”?</source>
            <translation>Änderungen an „{name}“ speichern?</translation>
        </message>
        <message>
            <source>the new contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ people</source>
            <translation>
                <numerusform>%Ln+ Person</numerusform>
                <numerusform>%Ln+ Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ organizations</source>
            <translation>
                <numerusform>%Ln+ Organisation</numerusform>
                <numerusform>%Ln+ Organisationen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organizations</source>
            <translation>
                <numerusform>%Ln Organisation</numerusform>
                <numerusform>%Ln Organisationen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ matches</source>
            <translation>
                <numerusform>%Ln+ Treffer</numerusform>
                <numerusform>%Ln+ Treffer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln Treffer</numerusform>
                <numerusform>%Ln Treffer</numerusform>
            </translation>
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation>{matches} unter {total}</translation>
        </message>
    </context>
    <context>
        <name>CsvMapping</name>
        <message>
            <source>— not imported —</source>
            <translation>— nicht importiert —</translation>
        </message>
    </context>
    <context>
        <name>CsvMappingPage</name>
        <message>
            <source>The character encoding of the file; choose another if accents look wrong</source>
            <translation>Die Zeichenkodierung der Datei; wählen Sie eine andere, wenn Umlaute oder Akzente falsch aussehen</translation>
        </message>
        <message>
            <source>Comma  ,</source>
            <translation>Komma  ,</translation>
        </message>
        <message>
            <source>Semicolon  ;</source>
            <translation>Semikolon  ;</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>Vertical bar  |</source>
            <translation>Senkrechter Strich  |</translation>
        </message>
        <message>
            <source>First row holds the column &amp;names</source>
            <translation>Erste Zeile enthält die Spalten&amp;namen</translation>
        </message>
        <message>
            <source>Untick for a file without a header row: its columns are then numbered and the first row is imported too</source>
            <translation>Nicht ankreuzen bei einer Datei ohne Kopfzeile: Die Spalten werden dann nummeriert und die erste Zeile wird mit importiert</translation>
        </message>
        <message>
            <source>Day first (31/12/1980)</source>
            <translation>Tag zuerst (31/12/1980)</translation>
        </message>
        <message>
            <source>Month first (12/31/1980)</source>
            <translation>Monat zuerst (12/31/1980)</translation>
        </message>
        <message>
            <source>Year first (1980-12-31)</source>
            <translation>Jahr zuerst (1980-12-31)</translation>
        </message>
        <message>
            <source>Use a column mapping saved earlier</source>
            <translation>Eine früher gespeicherte Spaltenzuordnung verwenden</translation>
        </message>
        <message>
            <source>&amp;Save as template…</source>
            <translation>Als Vorlage &amp;speichern…</translation>
        </message>
        <message>
            <source>De&amp;lete template</source>
            <translation>Vorlage &amp;löschen</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Kodierung:</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>&amp;Trennzeichen:</translation>
        </message>
        <message>
            <source>Dates &amp;are:</source>
            <translation>&amp;Datumsformat:</translation>
        </message>
        <message>
            <source>Recognised as:</source>
            <translation>Erkannt als:</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <source>Columns of the file and the field each goes into:</source>
            <translation>Spalten der Datei und das Feld, in das sie jeweils übernommen werden:</translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln rows as they would be imported (red: not imported, amber: imported with a warning; point at a cell for the reason):</source>
            <translation>
                <numerusform>Die erste Zeile, wie sie importiert würde (rot: nicht importiert, gelb: mit Warnung importiert; zeigen Sie auf eine Zelle, um den Grund zu sehen):</numerusform>
                <numerusform>Die ersten %Ln Zeilen, wie sie importiert würden (rot: nicht importiert, gelb: mit Warnung importiert; zeigen Sie auf eine Zelle, um den Grund zu sehen):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{kind} — %Ln columns</source>
            <translation>
                <numerusform>{kind} — %Ln Spalte</numerusform>
                <numerusform>{kind} — %Ln Spalten</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading “{file}”…</source>
            <translation>„{file}“ wird gelesen…</translation>
        </message>
        <message>
            <source>— (the file cannot be read like this)</source>
            <translation>— (die Datei kann so nicht gelesen werden)</translation>
        </message>
        <message>
            <source>an Outlook export</source>
            <translation>ein Outlook-Export</translation>
        </message>
        <message>
            <source>a Google Contacts export</source>
            <translation>ein Google-Kontakte-Export</translation>
        </message>
        <message>
            <source>a Thunderbird export</source>
            <translation>ein Thunderbird-Export</translation>
        </message>
        <message>
            <source>a spreadsheet with known column names</source>
            <translation>eine Tabelle mit bekannten Spaltennamen</translation>
        </message>
        <message>
            <source>unknown columns: choose the field of each</source>
            <translation>unbekannte Spalten: Wählen Sie für jede Spalte das Feld</translation>
        </message>
        <message>
            <source>no header row: choose the field of each column by its position</source>
            <translation>keine Kopfzeile: Wählen Sie das Feld jeder Spalte nach ihrer Position</translation>
        </message>
        <message>
            <source>Detected: {layout}</source>
            <translation>Erkannt: {layout}</translation>
        </message>
        <message>
            <source>Detected mapping</source>
            <translation>Erkannte Zuordnung</translation>
        </message>
        <message>
            <source>The file could not be read: {error}</source>
            <translation>Die Datei konnte nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Erster Wert</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(kein Name)</translation>
        </message>
        <message>
            <source>Import “{column}” as</source>
            <translation>„{column}“ importieren als</translation>
        </message>
        <message>
            <source>Choose the field of at least one column to import.</source>
            <translation>Wählen Sie für mindestens eine Spalte das Feld, in das sie importiert wird.</translation>
        </message>
        <message>
            <source>Several columns go into this field: the first value is kept</source>
            <translation>Mehrere Spalten gehen in dieses Feld: Der erste Wert wird übernommen</translation>
        </message>
        <message>
            <source>Checking the first rows…</source>
            <translation>Die ersten Zeilen werden geprüft…</translation>
        </message>
        <message>
            <source>Save mapping template</source>
            <translation>Zuordnungsvorlage speichern</translation>
        </message>
        <message>
            <source>Name of the template (e.g. “Outlook from the sales team”):</source>
            <translation>Name der Vorlage (z. B. „Outlook vom Vertrieb“):</translation>
        </message>
        <message>
            <source>Replace the template “{name}”?</source>
            <translation>Vorlage „{name}“ ersetzen?</translation>
        </message>
        <message>
            <source>Name of the template:</source>
            <translation>Name der Vorlage:</translation>
        </message>
        <message>
            <source>Saved the template “{name}”.</source>
            <translation>Vorlage „{name}“ gespeichert.</translation>
        </message>
        <message>
            <source>Delete mapping template</source>
            <translation>Zuordnungsvorlage löschen</translation>
        </message>
        <message>
            <source>Delete the template “{name}”? The mapping on screen stays.</source>
            <translation>Vorlage „{name}“ löschen? Die angezeigte Zuordnung bleibt erhalten.</translation>
        </message>
    </context>
    <context>
        <name>CsvTargets</name>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Zweiter Vorname</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Title (Dr., Mr., …)</source>
            <translation>Titel (Dr., Herr, …)</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Namenszusatz</translation>
        </message>
        <message>
            <source>Person or organization</source>
            <translation>Person oder Organisation</translation>
        </message>
        <message>
            <source>Organization / company</source>
            <translation>Organisation / Firma</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Jahrestag</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Tags / categories</source>
            <translation>Schlagwörter / Kategorien</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>Externe ID</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>USt-IdNr.</translation>
        </message>
        <message>
            <source>E-mail (home)</source>
            <translation>E-Mail (privat)</translation>
        </message>
        <message>
            <source>E-mail (work)</source>
            <translation>E-Mail (geschäftlich)</translation>
        </message>
        <message>
            <source>E-mail (other)</source>
            <translation>E-Mail (sonstige)</translation>
        </message>
        <message>
            <source>Phone (mobile)</source>
            <translation>Telefon (mobil)</translation>
        </message>
        <message>
            <source>Phone (work)</source>
            <translation>Telefon (geschäftlich)</translation>
        </message>
        <message>
            <source>Phone (home)</source>
            <translation>Telefon (privat)</translation>
        </message>
        <message>
            <source>Phone (main number)</source>
            <translation>Telefon (Hauptnummer)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Fax (work)</source>
            <translation>Fax (geschäftlich)</translation>
        </message>
        <message>
            <source>Fax (home)</source>
            <translation>Fax (privat)</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Pager</translation>
        </message>
        <message>
            <source>Phone (other)</source>
            <translation>Telefon (sonstige)</translation>
        </message>
        <message>
            <source>Web address (personal)</source>
            <translation>Webadresse (privat)</translation>
        </message>
        <message>
            <source>Web address (work)</source>
            <translation>Webadresse (geschäftlich)</translation>
        </message>
        <message>
            <source>Home address</source>
            <translation>Privatadresse</translation>
        </message>
        <message>
            <source>Work address</source>
            <translation>Geschäftsadresse</translation>
        </message>
        <message>
            <source>Other address</source>
            <translation>Weitere Adresse</translation>
        </message>
        <message>
            <source>E-mail {n}</source>
            <translation>E-Mail {n}</translation>
        </message>
        <message>
            <source>Phone {n}</source>
            <translation>Telefon {n}</translation>
        </message>
        <message>
            <source>Web address {n}</source>
            <translation>Webadresse {n}</translation>
        </message>
        <message>
            <source>Address {n}</source>
            <translation>Adresse {n}</translation>
        </message>
        <message>
            <source>street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>street line 2</source>
            <translation>Straße Zeile 2</translation>
        </message>
        <message>
            <source>street line 3</source>
            <translation>Straße Zeile 3</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Postfach</translation>
        </message>
        <message>
            <source>city</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>state / region</source>
            <translation>Bundesland / Region</translation>
        </message>
        <message>
            <source>country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>whole address</source>
            <translation>ganze Adresse</translation>
        </message>
        <message>
            <source>{field} — {part}</source>
            <translation>{field} — {part}</translation>
        </message>
        <message>
            <source>type or label</source>
            <translation>Typ oder Bezeichnung</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldRow</name>
        <message>
            <source>Field name</source>
            <translation>Feldname</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Yes/no</source>
            <translation>Ja/Nein</translation>
        </message>
        <message>
            <source>Whole number</source>
            <translation>Ganzzahl</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Leer</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>(no value)</source>
            <translation>(kein Wert)</translation>
        </message>
        <message>
            <source>Other (kept as received)</source>
            <translation>Sonstiges (unverändert übernommen)</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsEditor</name>
        <message>
            <source>Custom fields</source>
            <translation>Eigene Felder</translation>
        </message>
        <message>
            <source>Add custom field</source>
            <translation>Eigenes Feld hinzufügen</translation>
        </message>
        <message>
            <source>No custom fields</source>
            <translation>Keine eigenen Felder</translation>
        </message>
    </context>
    <context>
        <name>CustomerBox</name>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Requires formal invoice</source>
            <translation>Vollständige Rechnung erforderlich</translation>
        </message>
        <message>
            <source>13 digits</source>
            <translation>13 Ziffern</translation>
        </message>
        <message>
            <source>Assigned by the server</source>
            <translation>Vom Server vergeben</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundennummer</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Kunde seit</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Customer card</source>
            <translation>Kundenkarte</translation>
        </message>
        <message>
            <source>Alternative payer</source>
            <translation>Abweichender Zahler</translation>
        </message>
        <message>
            <source>Debtor account</source>
            <translation>Debitorenkonto</translation>
        </message>
        <message>
            <source>Managed by</source>
            <translation>Betreut von</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Kreditlimit</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>USt-IdNr. (EU)</translation>
        </message>
        <message>
            <source>Tax registration no.</source>
            <translation>Steuernummer</translation>
        </message>
        <message>
            <source>Tax exemptions</source>
            <translation>Steuerbefreiungen</translation>
        </message>
        <message>
            <source>Delivery and invoicing</source>
            <translation>Lieferung und Rechnung</translation>
        </message>
        <message>
            <source>Add configuration</source>
            <translation>Konfiguration hinzufügen</translation>
        </message>
        <message>
            <source>No delivery and invoicing configurations</source>
            <translation>Keine Konfigurationen für Lieferung und Rechnung</translation>
        </message>
    </context>
    <context>
        <name>CustomerListsPage</name>
        <message>
            <source>Customer lists</source>
            <translation>Kundenlisten</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>New list…</source>
            <translation>Neue Liste…</translation>
        </message>
        <message>
            <source>Make a new customer list (Ctrl+N)</source>
            <translation>Neue Kundenliste anlegen (Strg+N)</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Rename the chosen list (F2)</source>
            <translation>Gewählte Liste umbenennen (F2)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Move the chosen list to the trash (Del)</source>
            <translation>Gewählte Liste in den Papierkorb verschieben (Entf)</translation>
        </message>
        <message>
            <source>Show deleted lists</source>
            <translation>Gelöschte Listen anzeigen</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Take the chosen list out of the trash</source>
            <translation>Gewählte Liste aus dem Papierkorb wiederherstellen</translation>
        </message>
        <message>
            <source>Add members…</source>
            <translation>Mitglieder hinzufügen…</translation>
        </message>
        <message>
            <source>Search contacts and add them to the list</source>
            <translation>Kontakte suchen und zur Liste hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Take the chosen members out of the list (Del)</source>
            <translation>Gewählte Mitglieder aus der Liste entfernen (Entf)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln deleted customer lists</source>
            <translation>
                <numerusform>%Ln gelöschte Kundenliste</numerusform>
                <numerusform>%Ln gelöschte Kundenlisten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer lists</source>
            <translation>
                <numerusform>%Ln Kundenliste</numerusform>
                <numerusform>%Ln Kundenlisten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%Ln in the trash)</source>
            <translation>
                <numerusform> (%Ln im Papierkorb)</numerusform>
                <numerusform> (%Ln im Papierkorb)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln members</source>
            <translation>
                <numerusform>%Ln Mitglied</numerusform>
                <numerusform>%Ln Mitglieder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln members added to “{name}”</source>
            <translation>
                <numerusform>%Ln Mitglied zu „{name}“ hinzugefügt</numerusform>
                <numerusform>%Ln Mitglieder zu „{name}“ hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln members taken out of “{name}”</source>
            <translation>
                <numerusform>%Ln Mitglied aus „{name}“ entfernt</numerusform>
                <numerusform>%Ln Mitglieder aus „{name}“ entfernt</numerusform>
            </translation>
        </message>
        <message>
            <source>No list chosen — make one with New list (Ctrl+N)</source>
            <translation>Keine Liste gewählt — legen Sie eine mit „Neue Liste“ an (Strg+N)</translation>
        </message>
        <message>
            <source> — in the trash</source>
            <translation> — im Papierkorb</translation>
        </message>
        <message>
            <source>New customer list</source>
            <translation>Neue Kundenliste</translation>
        </message>
        <message>
            <source>Name of the new list:</source>
            <translation>Name der neuen Liste:</translation>
        </message>
        <message>
            <source>Customer list “{name}” made</source>
            <translation>Kundenliste „{name}“ angelegt</translation>
        </message>
        <message>
            <source>Rename customer list</source>
            <translation>Kundenliste umbenennen</translation>
        </message>
        <message>
            <source>New name of the list:</source>
            <translation>Neuer Name der Liste:</translation>
        </message>
        <message>
            <source>Customer list renamed to “{name}”</source>
            <translation>Kundenliste in „{name}“ umbenannt</translation>
        </message>
        <message>
            <source>“{name}” moved to the trash; tick “Show deleted lists” to restore it</source>
            <translation>„{name}“ in den Papierkorb verschoben; kreuzen Sie „Gelöschte Listen anzeigen“ an, um sie wiederherzustellen</translation>
        </message>
        <message>
            <source>“{name}” restored</source>
            <translation>„{name}“ wiederhergestellt</translation>
        </message>
        <message>
            <source>The list or one of the contacts was deleted meanwhile.</source>
            <translation>Die Liste oder einer der Kontakte wurde inzwischen gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>DataQualityPage</name>
        <message>
            <source>Data quality</source>
            <translation>Datenqualität</translation>
        </message>
        <message>
            <source>The book has not been checked yet.</source>
            <translation>Das Adressbuch wurde noch nicht geprüft.</translation>
        </message>
        <message>
            <source>Check the whole book again</source>
            <translation>Gesamtes Adressbuch erneut prüfen</translation>
        </message>
        <message>
            <source>Stop the check; the counts of the previous check stay</source>
            <translation>Prüfung anhalten; die Zahlen der vorherigen Prüfung bleiben erhalten</translation>
        </message>
        <message>
            <source>Open and fix</source>
            <translation>Öffnen und beheben</translation>
        </message>
        <message>
            <source>Open the contact on this field (Enter)</source>
            <translation>Kontakt bei diesem Feld öffnen (Eingabetaste)</translation>
        </message>
        <message>
            <source>Show in People</source>
            <translation>Unter Personen anzeigen</translation>
        </message>
        <message>
            <source>List just these people in People, to open and fix them one by one</source>
            <translation>Nur diese Personen unter „Personen“ auflisten, um sie einzeln zu öffnen und zu korrigieren</translation>
        </message>
        <message>
            <source>Show in Organizations</source>
            <translation>Unter Organisationen anzeigen</translation>
        </message>
        <message>
            <source>List just these organizations in Organizations, to open and fix them</source>
            <translation>Nur diese Organisationen unter „Organisationen“ auflisten, um sie zu öffnen und zu korrigieren</translation>
        </message>
        <message>
            <source>Checking every contact…</source>
            <translation>Alle Kontakte werden geprüft…</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln contacts…</source>
            <translation>
                <numerusform>%Ln Kontakt wird geprüft…</numerusform>
                <numerusform>%Ln Kontakte werden geprüft…</numerusform>
            </translation>
        </message>
        <message>
            <source>Check cancelled</source>
            <translation>Prüfung abgebrochen</translation>
        </message>
        <message>
            <source>The check was cancelled; the book has not been checked yet.</source>
            <translation>Die Prüfung wurde abgebrochen; das Adressbuch wurde noch nicht geprüft.</translation>
        </message>
        <message>
            <source>Check cancelled: the counts of the previous check stay</source>
            <translation>Prüfung abgebrochen: Die Zahlen der vorherigen Prüfung bleiben erhalten</translation>
        </message>
        <message>
            <source>The check failed: {reason}</source>
            <translation>Die Prüfung ist fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>Data quality: not checked yet</source>
            <translation>Datenqualität: noch nicht geprüft</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts checked (whole book {when}); kept current as contacts change.</source>
            <translation>
                <numerusform>%Ln Kontakt geprüft (gesamtes Adressbuch: {when}); wird bei Änderungen an Kontakten aktuell gehalten.</numerusform>
                <numerusform>%Ln Kontakte geprüft (gesamtes Adressbuch: {when}); wird bei Änderungen an Kontakten aktuell gehalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln Kontakt</numerusform>
                <numerusform>%Ln Kontakten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problems found in {contacts}</source>
            <translation>
                <numerusform>%Ln Problem in {contacts} gefunden</numerusform>
                <numerusform>%Ln Probleme in {contacts} gefunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Zusammenführen…</translation>
        </message>
        <message numerus="yes">
            <source>Data quality: %Ln contacts with “{problem}”</source>
            <translation>
                <numerusform>Datenqualität: %Ln Kontakt mit „{problem}“</numerusform>
                <numerusform>Datenqualität: %Ln Kontakte mit „{problem}“</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database {file} was last used by a newer version of Kontor (schema {revision}). Please install the latest Kontor to open it. The file has not been changed.</source>
            <translation>Die Datenbank {file} wurde zuletzt von einer neueren Version von Kontor verwendet (Schema {revision}). Bitte installieren Sie die neueste Version von Kontor, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>{path} is not a Kontor database ({reason}). The file has not been changed.</source>
            <translation>{path} ist keine Kontor-Datenbank ({reason}). Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The database {file} is damaged ({reason}). Kontor has not opened it, so nothing in it has been changed.</source>
            <translation>Die Datenbank {file} ist beschädigt ({reason}). Kontor hat sie nicht geöffnet, daher wurde nichts darin verändert.</translation>
        </message>
        <message>
            <source>The newest good backup is {backup} (saved {saved}, in {folder}). Start Kontor to restore it, or run: kontor restore-backup --db "{path}". The damaged file is kept beside it under another name.</source>
            <translation>Die neueste intakte Sicherung ist {backup} (gespeichert {saved}, in {folder}). Starten Sie Kontor, um sie wiederherzustellen, oder führen Sie aus: kontor restore-backup --db "{path}". Die beschädigte Datei wird daneben unter anderem Namen aufbewahrt.</translation>
        </message>
        <message>
            <source>Kontor found no good backup of it in {folder}.</source>
            <translation>Kontor hat in {folder} keine intakte Sicherung davon gefunden.</translation>
        </message>
        <message>
            <source>The database {file} could not be created ({reason}).</source>
            <translation>Die Datenbank {file} konnte nicht angelegt werden ({reason}).</translation>
        </message>
        <message>
            <source>The database {file} could not be upgraded from schema {current} to {target} ({reason}).</source>
            <translation>Die Datenbank {file} konnte nicht von Schema {current} auf {target} aktualisiert werden ({reason}).</translation>
        </message>
        <message>
            <source>It has been left as it was; a copy from before is in {backup}.</source>
            <translation>Sie wurde unverändert gelassen; eine Kopie vom Stand davor liegt in {backup}.</translation>
        </message>
        <message>
            <source>It has been left as it was.</source>
            <translation>Sie wurde unverändert gelassen.</translation>
        </message>
        <message>
            <source>it is not an SQLite database</source>
            <translation>es ist keine SQLite-Datenbank</translation>
        </message>
        <message>
            <source>it holds other tables</source>
            <translation>sie enthält fremde Tabellen</translation>
        </message>
        <message>
            <source>The database {file} could not be read ({error}). It has not been changed.</source>
            <translation>Die Datenbank {file} konnte nicht gelesen werden ({error}). Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The backup {backup} is not a sound Kontor database.</source>
            <translation>Die Sicherung {backup} ist keine intakte Kontor-Datenbank.</translation>
        </message>
        <message>
            <source>The database {file} could not be checked ({error}). It has not been changed.</source>
            <translation>Die Datenbank {file} konnte nicht geprüft werden ({error}). Sie wurde nicht verändert.</translation>
        </message>
    </context>
    <context>
        <name>DeliveryConfigRow</name>
        <message>
            <source>Any brand</source>
            <translation>Alle Marken</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Marke</translation>
        </message>
        <message>
            <source>Invoice to</source>
            <translation>Rechnung an</translation>
        </message>
        <message>
            <source>Deliver to</source>
            <translation>Lieferung an</translation>
        </message>
    </context>
    <context>
        <name>DepartmentRow</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
    </context>
    <context>
        <name>DuplicateBanner</name>
        <message>
            <source>Possible duplicate</source>
            <translation>Mögliche Dublette</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show the existing contact</source>
            <translation>Vorhandenen Kontakt anzeigen</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Zusammenführen…</translation>
        </message>
        <message>
            <source>Merge this contact and the existing one into one</source>
            <translation>Diesen Kontakt und den vorhandenen zu einem zusammenführen</translation>
        </message>
        <message>
            <source>Dismiss: they are different contacts</source>
            <translation>Ignorieren: Es sind verschiedene Kontakte</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ignorieren</translation>
        </message>
        <message>
            <source>Possible duplicate: “{name}” ({reasons})</source>
            <translation>Mögliche Dublette: „{name}“ ({reasons})</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>kein Name</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>und noch %Ln</numerusform>
                <numerusform>und noch %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same VAT number ({value})</source>
            <translation>gleiche USt-IdNr. ({value})</translation>
        </message>
        <message>
            <source>same e-mail ({value})</source>
            <translation>gleiche E-Mail ({value})</translation>
        </message>
        <message>
            <source>same phone ({value})</source>
            <translation>gleiche Telefonnummer ({value})</translation>
        </message>
        <message>
            <source>customer role</source>
            <translation>Kundenrolle</translation>
        </message>
        <message>
            <source>supplier role</source>
            <translation>Lieferantenrolle</translation>
        </message>
        <message>
            <source>alternative payer role</source>
            <translation>Rolle als abweichender Zahler</translation>
        </message>
        <message>
            <source>1 address</source>
            <translation>1 Adresse</translation>
        </message>
        <message>
            <source>{n} addresses</source>
            <translation>{n} Adressen</translation>
        </message>
        <message>
            <source>1 e-mail</source>
            <translation>1 E-Mail</translation>
        </message>
        <message>
            <source>{n} e-mails</source>
            <translation>{n} E-Mails</translation>
        </message>
        <message>
            <source>1 phone</source>
            <translation>1 Telefonnummer</translation>
        </message>
        <message>
            <source>{n} phones</source>
            <translation>{n} Telefonnummern</translation>
        </message>
        <message>
            <source>1 web address</source>
            <translation>1 Webadresse</translation>
        </message>
        <message>
            <source>{n} web addresses</source>
            <translation>{n} Webadressen</translation>
        </message>
        <message>
            <source>1 professional identity</source>
            <translation>1 Tätigkeit</translation>
        </message>
        <message>
            <source>{n} professional identities</source>
            <translation>{n} Tätigkeiten</translation>
        </message>
        <message>
            <source>1 relationship</source>
            <translation>1 Beziehung</translation>
        </message>
        <message>
            <source>{n} relationships</source>
            <translation>{n} Beziehungen</translation>
        </message>
        <message>
            <source>1 department</source>
            <translation>1 Abteilung</translation>
        </message>
        <message>
            <source>{n} departments</source>
            <translation>{n} Abteilungen</translation>
        </message>
        <message>
            <source>1 location</source>
            <translation>1 Standort</translation>
        </message>
        <message>
            <source>{n} locations</source>
            <translation>{n} Standorte</translation>
        </message>
        <message>
            <source>1 membership</source>
            <translation>1 Mitgliedschaft</translation>
        </message>
        <message>
            <source>{n} memberships</source>
            <translation>{n} Mitgliedschaften</translation>
        </message>
        <message>
            <source>1 picture</source>
            <translation>1 Bild</translation>
        </message>
        <message>
            <source>{n} pictures</source>
            <translation>{n} Bilder</translation>
        </message>
        <message>
            <source>similar name “{name}” in {city}</source>
            <translation>ähnlicher Name „{name}“ in {city}</translation>
        </message>
        <message>
            <source>similar name ({score}%) in the same city</source>
            <translation>ähnlicher Name ({score} %) am selben Ort</translation>
        </message>
        <message>
            <source>A contact cannot be merged with itself.</source>
            <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</translation>
        </message>
        <message>
            <source>A person and an organization cannot be merged.</source>
            <translation>Eine Person und eine Organisation können nicht zusammengeführt werden.</translation>
        </message>
        <message>
            <source>Restore the contact from the trash before merging it.</source>
            <translation>Stellen Sie den Kontakt aus dem Papierkorb wieder her, bevor Sie ihn zusammenführen.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Duplicates</source>
            <translation>Dubletten</translation>
        </message>
        <message>
            <source>Contacts that are probably the same party: the same e-mail, phone or VAT number, or a very similar name in the same city. Merge keeps one and moves everything of the other to it.</source>
            <translation>Kontakte, die vermutlich dieselbe Person oder Organisation sind: gleiche E-Mail-Adresse, Telefonnummer oder USt-IdNr. oder ein sehr ähnlicher Name am selben Ort. Beim Zusammenführen bleibt einer erhalten, und alles vom anderen wird zu ihm übertragen.</translation>
        </message>
        <message>
            <source>Find &amp;duplicates</source>
            <translation>&amp;Dubletten suchen</translation>
        </message>
        <message>
            <source>Look through every contact</source>
            <translation>Alle Kontakte durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Zusammenführen…</translation>
        </message>
        <message>
            <source>Merge the two contacts of the selected pair (Enter)</source>
            <translation>Die beiden Kontakte des gewählten Paars zusammenführen (Eingabetaste)</translation>
        </message>
        <message>
            <source>Open f&amp;irst</source>
            <translation>&amp;Ersten öffnen</translation>
        </message>
        <message>
            <source>Open &amp;second</source>
            <translation>Z&amp;weiten öffnen</translation>
        </message>
        <message>
            <source>&amp;Not duplicates</source>
            <translation>&amp;Keine Dubletten</translation>
        </message>
        <message>
            <source>Take the pair off the list until the next scan (Del)</source>
            <translation>Paar bis zur nächsten Suche von der Liste nehmen (Entf)</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Dubletten werden gesucht…</translation>
        </message>
        <message numerus="yes">
            <source>Looking for duplicates… {done} of %Ln contacts compared</source>
            <translation>
                <numerusform>Dubletten werden gesucht… {done} von %Ln Kontakt verglichen</numerusform>
                <numerusform>Dubletten werden gesucht… {done} von %Ln Kontakten verglichen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln possible duplicate pairs</source>
            <translation>
                <numerusform>%Ln mögliches Dublettenpaar</numerusform>
                <numerusform>%Ln mögliche Dublettenpaare</numerusform>
            </translation>
        </message>
        <message>
            <source>Search cancelled: the pairs found so far are listed</source>
            <translation>Suche abgebrochen: Die bisher gefundenen Paare werden angezeigt</translation>
        </message>
        <message>
            <source>The search failed: {error}</source>
            <translation>Die Suche ist fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Choose “Find duplicates” to look through every contact.</source>
            <translation>Wählen Sie „Dubletten suchen“, um alle Kontakte zu durchsuchen.</translation>
        </message>
        <message>
            <source>No likely duplicates.</source>
            <translation>Keine wahrscheinlichen Dubletten.</translation>
        </message>
        <message>
            <source>Not searched yet</source>
            <translation>Noch nicht gesucht</translation>
        </message>
        <message>
            <source>{found} (searched at {time})</source>
            <translation>{found} (Suche: {time})</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesUi</name>
        <message>
            <source>the new contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>Merge contacts</source>
            <translation>Kontakte zusammenführen</translation>
        </message>
        <message>
            <source>Only saved contacts can be merged. Save “{name}” now, then choose what to keep of both?</source>
            <translation>Nur gespeicherte Kontakte können zusammengeführt werden. „{name}“ jetzt speichern und dann wählen, was von beiden erhalten bleibt?</translation>
        </message>
        <message>
            <source>Merged into “{name}”. Edit → Undo (Ctrl+Z) takes the merge back.</source>
            <translation>In „{name}“ zusammengeführt. Bearbeiten → Rückgängig (Strg+Z) macht das Zusammenführen rückgängig.</translation>
        </message>
    </context>
    <context>
        <name>EmailRow</name>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
    </context>
    <context>
        <name>EnumCombo</name>
        <message>
            <source>Not a documented value; kept as received</source>
            <translation>Kein dokumentierter Wert; unverändert übernommen</translation>
        </message>
    </context>
    <context>
        <name>EnumValue</name>
        <message>
            <source>Not qualified</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <source>Factory</source>
            <translation>Fabrik</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>Hauptsitz</translation>
        </message>
        <message>
            <source>Home office</source>
            <translation>Homeoffice</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Büro</translation>
        </message>
        <message>
            <source>Office center</source>
            <translation>Bürozentrum</translation>
        </message>
        <message>
            <source>Packstation</source>
            <translation>Packstation</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Postfach</translation>
        </message>
        <message>
            <source>Post office</source>
            <translation>Postfiliale</translation>
        </message>
        <message>
            <source>Residential home</source>
            <translation>Wohnsitz</translation>
        </message>
        <message>
            <source>Second home</source>
            <translation>Zweitwohnsitz</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>Servicepunkt</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Geschäft</translation>
        </message>
        <message>
            <source>Subsidiary</source>
            <translation>Niederlassung</translation>
        </message>
        <message>
            <source>Vacation home</source>
            <translation>Ferienwohnung</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Correspondence</source>
            <translation>Korrespondenz</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Rechnungen</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Versand</translation>
        </message>
        <message>
            <source>E-mail alias</source>
            <translation>E-Mail-Alias</translation>
        </message>
        <message>
            <source>Mailing list</source>
            <translation>Verteiler</translation>
        </message>
        <message>
            <source>Personal e-mail</source>
            <translation>Private E-Mail</translation>
        </message>
        <message>
            <source>Work e-mail</source>
            <translation>Geschäftliche E-Mail</translation>
        </message>
        <message>
            <source>Direct extension</source>
            <translation>Durchwahl</translation>
        </message>
        <message>
            <source>Direct fax</source>
            <translation>Direktes Fax</translation>
        </message>
        <message>
            <source>Direct line</source>
            <translation>Direkte Leitung</translation>
        </message>
        <message>
            <source>Fax line</source>
            <translation>Faxleitung</translation>
        </message>
        <message>
            <source>Fixed line</source>
            <translation>Festnetz</translation>
        </message>
        <message>
            <source>Home fax</source>
            <translation>Fax privat</translation>
        </message>
        <message>
            <source>Home phone</source>
            <translation>Telefon privat</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Hotline</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Zentrale</translation>
        </message>
        <message>
            <source>Main fax</source>
            <translation>Fax Zentrale</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobil</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Pager</translation>
        </message>
        <message>
            <source>Personal mobile</source>
            <translation>Mobil privat</translation>
        </message>
        <message>
            <source>Satellite</source>
            <translation>Satellit</translation>
        </message>
        <message>
            <source>Virtual line</source>
            <translation>Virtuelle Leitung</translation>
        </message>
        <message>
            <source>VoIP line</source>
            <translation>VoIP-Leitung</translation>
        </message>
        <message>
            <source>Work mobile</source>
            <translation>Mobil geschäftlich</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
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
            <translation>Facebook-Seite oder -Profil</translation>
        </message>
        <message>
            <source>Google+ profile</source>
            <translation>Google+-Profil</translation>
        </message>
        <message>
            <source>Homepage or website</source>
            <translation>Homepage oder Website</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>LinkedIn-Profil</translation>
        </message>
        <message>
            <source>Online store</source>
            <translation>Onlineshop</translation>
        </message>
        <message>
            <source>Organization blog</source>
            <translation>Blog der Organisation</translation>
        </message>
        <message>
            <source>Organization profile</source>
            <translation>Profil der Organisation</translation>
        </message>
        <message>
            <source>Organization website</source>
            <translation>Website der Organisation</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Personal blog</source>
            <translation>Privater Blog</translation>
        </message>
        <message>
            <source>Personal profile</source>
            <translation>Privates Profil</translation>
        </message>
        <message>
            <source>Personal website</source>
            <translation>Private Website</translation>
        </message>
        <message>
            <source>Professional blog</source>
            <translation>Beruflicher Blog</translation>
        </message>
        <message>
            <source>Professional profile</source>
            <translation>Berufliches Profil</translation>
        </message>
        <message>
            <source>Professional website</source>
            <translation>Berufliche Website</translation>
        </message>
        <message>
            <source>Twitter profile</source>
            <translation>Twitter-Profil</translation>
        </message>
        <message>
            <source>Twitter stream</source>
            <translation>Twitter-Stream</translation>
        </message>
        <message>
            <source>XING profile</source>
            <translation>XING-Profil</translation>
        </message>
        <message>
            <source>Yelp image</source>
            <translation>Yelp-Bild</translation>
        </message>
        <message>
            <source>Instagram profile</source>
            <translation>Instagram-Profil</translation>
        </message>
        <message>
            <source>YouTube</source>
            <translation>YouTube</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Privat</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Beruflich</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Gast</translation>
        </message>
        <message>
            <source>Tax advisor</source>
            <translation>Steuerberater</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Integration</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Weiblich</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Männlich</translation>
        </message>
        <message>
            <source>Diverse</source>
            <translation>Divers</translation>
        </message>
        <message>
            <source>Unspecified</source>
            <translation>Keine Angabe</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Club</source>
            <extracomment>labels of the organization types the contact list filters on (an open enum: the editor takes any type typed, the filter offers these)</extracomment>
            <translation>Verein</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Schule</translation>
        </message>
        <message>
            <source>Hobby group</source>
            <translation>Hobbygruppe</translation>
        </message>
        <message>
            <source>Kindergarten</source>
            <translation>Kindergarten</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase this person</source>
            <translation>Daten dieser Person löschen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Erase all personal data of “{name}”?&lt;/b&gt;</source>
            <translation>&lt;b&gt;Alle personenbezogenen Daten von „{name}“ löschen?&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Kontor removes the person's data from the address book, from the history of changes and from the search, and sends the erasure to every linked account. This cannot be undone.</source>
            <translation>Kontor entfernt die Daten der Person aus dem Adressbuch, aus dem Änderungsverlauf und aus der Suche und sendet die Löschung an jedes verknüpfte Konto. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Accounting needs this record: it is {reason}.
{rule}</source>
            <translation>Die Buchhaltung benötigt diesen Datensatz ({reason}).
{rule}</translation>
        </message>
        <message>
            <source>No invoice or booking refers to this record.</source>
            <translation>Keine Rechnung und keine Buchung verweist auf diesen Datensatz.</translation>
        </message>
        <message>
            <source>No account holds this contact.</source>
            <translation>Kein Konto enthält diesen Kontakt.</translation>
        </message>
        <message>
            <source>&amp;Delete the contact</source>
            <translation>&amp;Kontakt löschen</translation>
        </message>
        <message>
            <source>&amp;Anonymise it and keep the record for accounting</source>
            <translation>&amp;Anonymisieren und den Datensatz für die Buchhaltung behalten</translation>
        </message>
        <message>
            <source>A linked system has no delete: the record is anonymised there.</source>
            <translation>Ein verknüpftes System kann nicht löschen: Der Datensatz wird dort anonymisiert.</translation>
        </message>
        <message>
            <source>I understand that this cannot be &amp;undone</source>
            <translation>Mir ist bewusst, dass dies &amp;nicht rückgängig gemacht werden kann</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Löschen</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export contacts</source>
            <translation>Kontakte exportieren</translation>
        </message>
        <message>
            <source>&amp;vCard 4.0 (.vcf) — for address books and phones</source>
            <translation>&amp;vCard 4.0 (.vcf) — für Adressbücher und Telefone</translation>
        </message>
        <message>
            <source>&amp;CSV (.csv) — for spreadsheets</source>
            <translation>&amp;CSV (.csv) — für Tabellenkalkulationen</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>All contacts in &amp;one file</source>
            <translation>Alle Kontakte in einer &amp;Datei</translation>
        </message>
        <message>
            <source>One file &amp;per contact, into a folder</source>
            <translation>Eine Datei &amp;pro Kontakt, in einen Ordner</translation>
        </message>
        <message>
            <source>vCard files</source>
            <translation>vCard-Dateien</translation>
        </message>
        <message>
            <source>Tick the columns to export; drag them (or use the buttons) to order them</source>
            <translation>Kreuzen Sie die zu exportierenden Spalten an; ziehen Sie sie (oder nutzen Sie die Schaltflächen), um die Reihenfolge festzulegen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach o&amp;ben</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Default columns</source>
            <translation>&amp;Standardspalten</translation>
        </message>
        <message>
            <source>For E&amp;xcel (so that accents show right)</source>
            <translation>Für E&amp;xcel (damit Umlaute richtig angezeigt werden)</translation>
        </message>
        <message>
            <source>Writes a byte-order mark at the start of the file, which Excel needs to read UTF-8</source>
            <translation>Schreibt eine Byte-Order-Mark an den Anfang der Datei, die Excel zum Lesen von UTF-8 benötigt</translation>
        </message>
        <message>
            <source>CSV columns</source>
            <translation>CSV-Spalten</translation>
        </message>
        <message>
            <source>Which contacts</source>
            <translation>Welche Kontakte</translation>
        </message>
        <message numerus="yes">
            <source>The &amp;selected rows (%Ln)</source>
            <translation>
                <numerusform>Die aus&amp;gewählte Zeile (%Ln)</numerusform>
                <numerusform>Die aus&amp;gewählten Zeilen (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contacts to {where}</source>
            <translation>
                <numerusform>%Ln Kontakt nach {where} exportiert</numerusform>
                <numerusform>%Ln Kontakte nach {where} exportiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contacts into the folder {where} (one file each)</source>
            <translation>
                <numerusform>%Ln Kontakt in den Ordner {where} exportiert (je eine Datei)</numerusform>
                <numerusform>%Ln Kontakte in den Ordner {where} exportiert (je eine Datei)</numerusform>
            </translation>
        </message>
        <message>
            <source>The &amp;selected rows (none selected)</source>
            <translation>Die aus&amp;gewählten Zeilen (keine ausgewählt)</translation>
        </message>
        <message>
            <source>The {what} shown in the &amp;table ({n}, with its search and filters)</source>
            <translation>Die in der &amp;Tabelle angezeigten {what} ({n}, mit Suche und Filtern)</translation>
        </message>
        <message>
            <source>Show &amp;folder</source>
            <translation>&amp;Ordner anzeigen</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>people</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>organizations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>&amp;All contacts, people and organizations ({n})</source>
            <translation>&amp;Alle Kontakte, Personen und Organisationen ({n})</translation>
        </message>
        <message>
            <source>Tick a column</source>
            <translation>Kreuzen Sie eine Spalte an</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>In Ordner exportieren</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard-Dateien (*.vcf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to “{path}”…</source>
            <translation>Export nach „{path}“…</translation>
        </message>
        <message>
            <source>Nothing was exported: {error}</source>
            <translation>Es wurde nichts exportiert: {error}</translation>
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
            <translation>Währung</translation>
        </message>
        <message>
            <source>type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>usage context</source>
            <translation>Verwendungskontext</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>address type</source>
            <translation>Adresstyp</translation>
        </message>
        <message>
            <source>usage</source>
            <translation>Verwendung</translation>
        </message>
        <message>
            <source>address usage</source>
            <translation>Adressverwendung</translation>
        </message>
        <message>
            <source>country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>e-mail type</source>
            <translation>E-Mail-Typ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>phone type</source>
            <translation>Telefontyp</translation>
        </message>
        <message>
            <source>phone usage</source>
            <translation>Telefonverwendung</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Webadresse</translation>
        </message>
        <message>
            <source>web address type</source>
            <translation>Webadressentyp</translation>
        </message>
        <message>
            <source>address {n}</source>
            <translation>Adresse {n}</translation>
        </message>
        <message>
            <source>e-mail {n}</source>
            <translation>E-Mail {n}</translation>
        </message>
        <message>
            <source>phone {n}</source>
            <translation>Telefon {n}</translation>
        </message>
        <message>
            <source>web address {n}</source>
            <translation>Webadresse {n}</translation>
        </message>
        <message>
            <source>invoice address</source>
            <translation>Rechnungsadresse</translation>
        </message>
        <message>
            <source>delivery address</source>
            <translation>Lieferadresse</translation>
        </message>
        <message>
            <source>Delivery and invoicing configuration {n}</source>
            <translation>Konfiguration für Lieferung und Rechnung {n}</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundennummer</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Kunde seit</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Kreditlimit</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>USt-IdNr. (EU)</translation>
        </message>
        <message>
            <source>Supplier number</source>
            <translation>Lieferantennummer</translation>
        </message>
        <message>
            <source>Supplier since</source>
            <translation>Lieferant seit</translation>
        </message>
        <message>
            <source>Alternative payer number</source>
            <translation>Nummer des abweichenden Zahlers</translation>
        </message>
        <message>
            <source>Alternative payer since</source>
            <translation>Abweichender Zahler seit</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Custom field {name}</source>
            <translation>Eigenes Feld {name}</translation>
        </message>
        <message>
            <source>Picture {n}</source>
            <translation>Bild {n}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>External ID</source>
            <translation>Externe ID</translation>
        </message>
        <message>
            <source>Tag {n}</source>
            <translation>Schlagwort {n}</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Owner type</source>
            <translation>Besitzertyp</translation>
        </message>
        <message>
            <source>owner type</source>
            <translation>Besitzertyp</translation>
        </message>
        <message>
            <source>Professional identity {n}</source>
            <translation>Tätigkeit {n}</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Relationship {n}</source>
            <translation>Beziehung {n}</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>opening hour</source>
            <translation>Öffnungszeit</translation>
        </message>
        <message>
            <source>closing hour</source>
            <translation>Schließzeit</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>Gegründet</translation>
        </message>
        <message>
            <source>Founding year</source>
            <translation>Gründungsjahr</translation>
        </message>
        <message>
            <source>Organization type</source>
            <translation>Organisationstyp</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>USt-IdNr.</translation>
        </message>
        <message>
            <source>Company registration number</source>
            <translation>Handelsregisternummer</translation>
        </message>
        <message>
            <source>Invoice language</source>
            <translation>Rechnungssprache</translation>
        </message>
        <message>
            <source>Location {n}</source>
            <translation>Standort {n}</translation>
        </message>
        <message>
            <source>Membership {n}</source>
            <translation>Mitgliedschaft {n}</translation>
        </message>
        <message>
            <source>department {n}</source>
            <translation>Abteilung {n}</translation>
        </message>
        <message>
            <source>location {n}</source>
            <translation>Standort {n}</translation>
        </message>
        <message>
            <source>Professional identity</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Seitengröße</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Versatz</translation>
        </message>
        <message>
            <source>Contact ID (mapping {n})</source>
            <translation>Kontakt-ID (Zuordnung {n})</translation>
        </message>
        <message>
            <source>External ID (mapping {n})</source>
            <translation>Externe ID (Zuordnung {n})</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>city</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobiltelefon</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>E-mail, phone or address</source>
            <translation>E-Mail, Telefon oder Adresse</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>E-mail {n}</source>
            <translation>E-Mail {n}</translation>
        </message>
        <message>
            <source>Phone {n}</source>
            <translation>Telefon {n}</translation>
        </message>
        <message>
            <source>Address {n}</source>
            <translation>Adresse {n}</translation>
        </message>
        <message>
            <source>Web address {n}</source>
            <translation>Webadresse {n}</translation>
        </message>
        <message>
            <source>Work {n}</source>
            <translation>Tätigkeit {n}</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>Department {n}</source>
            <translation>Abteilung {n}</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Mitgliedschaft</translation>
        </message>
        <message>
            <source>Customer role</source>
            <translation>Kundenrolle</translation>
        </message>
        <message>
            <source>Supplier role</source>
            <translation>Lieferantenrolle</translation>
        </message>
        <message>
            <source>Alternative payer role</source>
            <translation>Rolle als abweichender Zahler</translation>
        </message>
        <message>
            <source>Activation date</source>
            <translation>Aktivierungsdatum</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Additional</source>
            <translation>Zusatz</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>Alternative payer</source>
            <translation>Abweichender Zahler</translation>
        </message>
        <message>
            <source>Alternative payer id</source>
            <translation>ID des abweichenden Zahlers</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Jahrestag</translation>
        </message>
        <message>
            <source>Api access configuration</source>
            <translation>API-Zugriffskonfiguration</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Brand id</source>
            <translation>Marken-ID</translation>
        </message>
        <message>
            <source>Care of</source>
            <translation>c/o</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Contact id</source>
            <translation>Kontakt-ID</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Ländercode</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>Angelegt am</translation>
        </message>
        <message>
            <source>Credentials key</source>
            <translation>Schlüssel der Zugangsdaten</translation>
        </message>
        <message>
            <source>Creditor account id</source>
            <translation>Kreditorenkonto-ID</translation>
        </message>
        <message>
            <source>Custom workflow config</source>
            <translation>Eigene Workflow-Konfiguration</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Deactivation date</source>
            <translation>Deaktivierungsdatum</translation>
        </message>
        <message>
            <source>Debtor account id</source>
            <translation>Debitorenkonto-ID</translation>
        </message>
        <message>
            <source>Deleted at</source>
            <translation>Gelöscht am</translation>
        </message>
        <message>
            <source>Delivery address id</source>
            <translation>Lieferadressen-ID</translation>
        </message>
        <message>
            <source>Delivery and invoicing configurations</source>
            <translation>Konfigurationen für Lieferung und Rechnung</translation>
        </message>
        <message>
            <source>Department id</source>
            <translation>Abteilungs-ID</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Abteilungen</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Dvr</source>
            <translation>DVR</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Emails</source>
            <translation>E-Mails</translation>
        </message>
        <message>
            <source>Enabled tax exemptions</source>
            <translation>Aktive Steuerbefreiungen</translation>
        </message>
        <message>
            <source>Eu vat number</source>
            <translation>USt-IdNr. (EU)</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Extern</translation>
        </message>
        <message>
            <source>External card</source>
            <translation>Externe Karte</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>Externe ID</translation>
        </message>
        <message>
            <source>External organization id</source>
            <translation>Externe Organisations-ID</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Founders</source>
            <translation>Gründer</translation>
        </message>
        <message>
            <source>Full address</source>
            <translation>Vollständige Adresse</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Global location number</source>
            <translation>Globale Lokationsnummer</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Individual contact</source>
            <translation>Personenkontakt</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>Invoice address id</source>
            <translation>Rechnungsadressen-ID</translation>
        </message>
        <message>
            <source>Is active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Is suspended</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Leaders</source>
            <translation>Leiter</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Einschränkungen</translation>
        </message>
        <message>
            <source>Locale</source>
            <translation>Sprache/Region</translation>
        </message>
        <message>
            <source>Location id</source>
            <translation>Standort-ID</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <source>Managed by</source>
            <translation>Betreut von</translation>
        </message>
        <message>
            <source>Max retries</source>
            <translation>Max. Wiederholungen</translation>
        </message>
        <message>
            <source>Media type</source>
            <translation>Medientyp</translation>
        </message>
        <message>
            <source>Member count</source>
            <translation>Anzahl Mitglieder</translation>
        </message>
        <message>
            <source>Member ids</source>
            <translation>Mitglieds-IDs</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Mitgliedschaften</translation>
        </message>
        <message>
            <source>My customer id</source>
            <translation>Meine Kunden-ID</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Office close hour</source>
            <translation>Schließzeit</translation>
        </message>
        <message>
            <source>Office open hour</source>
            <translation>Öffnungszeit</translation>
        </message>
        <message>
            <source>Organization contact</source>
            <translation>Organisationskontakt</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Besitzer</translation>
        </message>
        <message>
            <source>Personal relationships</source>
            <translation>Persönliche Beziehungen</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefonnummern</translation>
        </message>
        <message>
            <source>Professional identities</source>
            <translation>Tätigkeiten</translation>
        </message>
        <message>
            <source>Professional identity id</source>
            <translation>Tätigkeits-ID</translation>
        </message>
        <message>
            <source>Provide contact address start url</source>
            <translation>Start-URL für Kontaktadresse</translation>
        </message>
        <message>
            <source>Provide contact start url</source>
            <translation>Start-URL für Kontakt</translation>
        </message>
        <message>
            <source>Provider id</source>
            <translation>Anbieter-ID</translation>
        </message>
        <message>
            <source>Recipient name</source>
            <translation>Name des Empfängers</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Remote deleted</source>
            <translation>Auf dem Server gelöscht</translation>
        </message>
        <message>
            <source>Remote id</source>
            <translation>Entfernte ID</translation>
        </message>
        <message>
            <source>Representatives</source>
            <translation>Vertreter</translation>
        </message>
        <message>
            <source>Requires formal invoice</source>
            <translation>Vollständige Rechnung erforderlich</translation>
        </message>
        <message>
            <source>Retry interval in millis</source>
            <translation>Wiederholungsintervall in ms</translation>
        </message>
        <message>
            <source>Show contact details start url</source>
            <translation>Start-URL für Kontaktdetails</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Bundesland</translation>
        </message>
        <message>
            <source>Street name</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Street number</source>
            <translation>Hausnummer</translation>
        </message>
        <message>
            <source>Supplier id</source>
            <translation>Lieferanten-ID</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Tax information</source>
            <translation>Steuerangaben</translation>
        </message>
        <message>
            <source>Tax registration number</source>
            <translation>Steuernummer</translation>
        </message>
        <message>
            <source>Timeout in millis</source>
            <translation>Zeitlimit in ms</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Title suffix</source>
            <translation>Nachgestellter Titel</translation>
        </message>
        <message>
            <source>Track revenue</source>
            <translation>Umsatz erfassen</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Uid</source>
            <translation>UID</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Updated at</source>
            <translation>Aktualisiert am</translation>
        </message>
        <message>
            <source>Url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Usage context</source>
            <translation>Verwendungskontext</translation>
        </message>
        <message>
            <source>Usages</source>
            <translation>Verwendung</translation>
        </message>
        <message>
            <source>Use external contact management</source>
            <translation>Externe Kontaktverwaltung verwenden</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Vat number</source>
            <translation>USt-IdNr.</translation>
        </message>
        <message>
            <source>Vcard properties</source>
            <translation>vCard-Eigenschaften</translation>
        </message>
        <message>
            <source>Web addresses</source>
            <translation>Webadressen</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Breite</translation>
        </message>
        <message>
            <source>Zip</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>Zvr</source>
            <translation>ZVR</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne Notiz</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Eigene Felder</translation>
        </message>
        <message>
            <source>Other vCard properties</source>
            <translation>Weitere vCard-Eigenschaften</translation>
        </message>
        <message>
            <source>In the trash since</source>
            <translation>Im Papierkorb seit</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
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
            <translation>Verwendet für</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>Kunden-ID</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation>Auf dem Server gelöscht</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>“{name}”</source>
            <translation>„{name}“</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>kein Name</translation>
        </message>
        <message>
            <source>creation of the customer list {name}</source>
            <translation>Anlegen der Kundenliste {name}</translation>
        </message>
        <message>
            <source>renaming the customer list {old} to {new}</source>
            <translation>Umbenennen der Kundenliste {old} in {new}</translation>
        </message>
        <message>
            <source>change of the customer list {name}</source>
            <translation>Ändern der Kundenliste {name}</translation>
        </message>
        <message>
            <source>moving the customer list {name} to the trash</source>
            <translation>Verschieben der Kundenliste {name} in den Papierkorb</translation>
        </message>
        <message>
            <source>restore of the customer list {name}</source>
            <translation>Wiederherstellen der Kundenliste {name}</translation>
        </message>
        <message>
            <source>adding {contact} to {name}</source>
            <translation>Hinzufügen von {contact} zu {name}</translation>
        </message>
        <message>
            <source>taking {contact} out of {name}</source>
            <translation>Entfernen von {contact} aus {name}</translation>
        </message>
        <message>
            <source>“{action}” cannot be undone: {reason}</source>
            <translation>„{action}“ kann nicht rückgängig gemacht werden: {reason}</translation>
        </message>
        <message>
            <source>“{action}” cannot be redone: {reason}</source>
            <translation>„{action}“ kann nicht wiederholt werden: {reason}</translation>
        </message>
        <message>
            <source>{name} was changed since (by a later edit or a sync), and that change would be lost. The step has been removed from the history.</source>
            <translation>{name} wurde inzwischen geändert (durch eine spätere Bearbeitung oder eine Synchronisierung), und diese Änderung ginge verloren. Der Schritt wurde aus dem Verlauf entfernt.</translation>
        </message>
        <message>
            <source>the tags of {name} were changed since. The step has been removed from the history.</source>
            <translation>die Schlagwörter von {name} wurden inzwischen geändert. Der Schritt wurde aus dem Verlauf entfernt.</translation>
        </message>
        <message>
            <source>the placeholder customer {name} was changed since. The step has been removed from the history.</source>
            <translation>der Platzhalterkunde {name} wurde inzwischen geändert. Der Schritt wurde aus dem Verlauf entfernt.</translation>
        </message>
        <message>
            <source>the customer list {name} was changed since. The step has been removed from the history.</source>
            <translation>die Kundenliste {name} wurde inzwischen geändert. Der Schritt wurde aus dem Verlauf entfernt.</translation>
        </message>
        <message>
            <source>a stored undo step cannot be read: {error}</source>
            <translation>ein gespeicherter Rückgängig-Schritt kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>the step is not stored any more</source>
            <translation>der Schritt ist nicht mehr gespeichert</translation>
        </message>
        <message>
            <source>Undo {action}</source>
            <translation>Rückgängig: {action}</translation>
        </message>
        <message>
            <source>Redo {action}</source>
            <translation>Wiederholen: {action}</translation>
        </message>
        <message>
            <source>creation of {name}</source>
            <translation>Anlegen von {name}</translation>
        </message>
        <message>
            <source>save of {name}</source>
            <translation>Speichern von {name}</translation>
        </message>
        <message>
            <source>moving {name} to the trash</source>
            <translation>Verschieben von {name} in den Papierkorb</translation>
        </message>
        <message>
            <source>restore of {name}</source>
            <translation>Wiederherstellen von {name}</translation>
        </message>
        <message>
            <source>deletion of {name}</source>
            <translation>Löschen von {name}</translation>
        </message>
        <message>
            <source>emptying the trash ({contacts})</source>
            <translation>Leeren des Papierkorbs ({contacts})</translation>
        </message>
        <message>
            <source>tagging {contacts} with {tag}</source>
            <translation>Vergeben des Schlagworts {tag} an {contacts}</translation>
        </message>
        <message>
            <source>removing the tag {tag} from {contacts}</source>
            <translation>Entfernen des Schlagworts {tag} von {contacts}</translation>
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation>Es gibt nichts rückgängig zu machen.</translation>
        </message>
        <message>
            <source>There is nothing to redo.</source>
            <translation>Es gibt nichts zu wiederholen.</translation>
        </message>
        <message>
            <source>{error}. The step has been removed from the history.</source>
            <translation>{error}. Der Schritt wurde aus dem Verlauf entfernt.</translation>
        </message>
        <message>
            <source>Undo of {action}</source>
            <translation>Rückgängig: {action}</translation>
        </message>
        <message>
            <source>Redo of {action}</source>
            <translation>Wiederholt: {action}</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation>1 Kontakt</translation>
        </message>
        <message>
            <source>{n} contacts</source>
            <translation>{n} Kontakte</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-Mails</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefonnummern</translation>
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
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Abteilungen</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Mitgliedschaften</translation>
        </message>
        <message>
            <source>Pictures</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Typed here</source>
            <translation>Hier eingegeben</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführung</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Restored from the history</source>
            <translation>Aus dem Verlauf wiederhergestellt</translation>
        </message>
        <message>
            <source>Erased (privacy request)</source>
            <translation>Gelöscht (Datenschutzanfrage)</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisierung</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demodaten</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Sync from {account}</source>
            <translation>Synchronisierung von {account}</translation>
        </message>
        <message>
            <source>The contact is not there any more.</source>
            <translation>Der Kontakt ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>“{field}” is not on the contact any more; the value cannot be put back.</source>
            <translation>„{field}“ ist nicht mehr am Kontakt vorhanden; der Wert kann nicht zurückgeholt werden.</translation>
        </message>
        <message>
            <source>“{field}” cannot be restored from the history.</source>
            <translation>„{field}“ kann nicht aus dem Verlauf wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>The old value of “{field}” does not fit the contact any more: {error}</source>
            <translation>Der alte Wert von „{field}“ passt nicht mehr zum Kontakt: {error}</translation>
        </message>
        <message>
            <source>restoring {field} of “{name}”</source>
            <translation>Wiederherstellen von {field} bei „{name}“</translation>
        </message>
        <message>
            <source>The placeholder customer is not there any more.</source>
            <translation>Der Platzhalterkunde ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>The customer list is not there any more.</source>
            <translation>Die Kundenliste ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>The old value of “{field}” does not fit the record any more: {error}</source>
            <translation>Der alte Wert von „{field}“ passt nicht mehr zum Datensatz: {error}</translation>
        </message>
        <message>
            <source>Tag “{tag}”</source>
            <translation>Schlagwort „{tag}“</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>added</source>
            <translation>hinzugefügt</translation>
        </message>
        <message>
            <source>given</source>
            <translation>vergeben</translation>
        </message>
        <message>
            <source>merge of “{other}” into “{survivor}”</source>
            <translation>Zusammenführen von „{other}“ in „{survivor}“</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Restore this value</source>
            <translation>Diesen Wert wiederherstellen</translation>
        </message>
        <message>
            <source>Put the field's old value back as a new edit (Ctrl+Shift+R); Undo takes it back</source>
            <translation>Den alten Wert des Feldes als neue Änderung zurückholen (Strg+Umschalt+R); Rückgängig nimmt das zurück</translation>
        </message>
        <message>
            <source>A new record has no history yet.</source>
            <translation>Ein neuer Datensatz hat noch keinen Verlauf.</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Es wurde nichts wiederhergestellt.</translation>
        </message>
        <message>
            <source>{label} restored to “{value}”. Undo (Ctrl+Z) takes it back.</source>
            <translation>{label} auf „{value}“ zurückgesetzt. Rückgängig (Strg+Z) nimmt das zurück.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
    </context>
    <context>
        <name>HistoryUi</name>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Save or revert your changes to this contact first.</source>
            <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen an diesem Kontakt.</translation>
        </message>
        <message>
            <source>Save or revert your changes to this customer first.</source>
            <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen an diesem Kunden.</translation>
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>A value was restored from the history</source>
            <translation>Ein Wert wurde aus dem Verlauf wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Show the changes of one field only</source>
            <translation>Nur die Änderungen eines Feldes anzeigen</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Field:</source>
            <translation>Feld:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes</source>
            <translation>
                <numerusform>%Ln Änderung</numerusform>
                <numerusform>%Ln Änderungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed {fields}</source>
            <translation>Geändert: {fields}</translation>
        </message>
    </context>
    <context>
        <name>IdentityChooser</name>
        <message>
            <source>Type part of a person's name</source>
            <translation>Teil des Namens einer Person eingeben</translation>
        </message>
        <message>
            <source>People cannot be looked up here</source>
            <translation>Personen können hier nicht gesucht werden</translation>
        </message>
        <message>
            <source>(identity {id})</source>
            <translation>(Tätigkeit {id})</translation>
        </message>
        <message>
            <source>Person {person}, identity {identity}</source>
            <translation>Person {person}, Tätigkeit {identity}</translation>
        </message>
        <message>
            <source>(no job title)</source>
            <translation>(keine Position)</translation>
        </message>
        <message>
            <source>{job} at {organization}</source>
            <translation>{job} bei {organization}</translation>
        </message>
        <message>
            <source>(works for another organization)</source>
            <translation>(arbeitet für eine andere Organisation)</translation>
        </message>
        <message>
            <source>(no professional identities)</source>
            <translation>(keine Tätigkeiten)</translation>
        </message>
    </context>
    <context>
        <name>IdentityRefList</name>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>IdentityRow</name>
        <message>
            <source>Type part of the name</source>
            <translation>Teil des Namens eingeben</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Abteilungen</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <source>Contact points at this organization</source>
            <translation>Kontaktdaten bei dieser Organisation</translation>
        </message>
        <message>
            <source>The organization cannot change once the record is synced</source>
            <translation>Die Organisation kann nicht mehr geändert werden, sobald der Datensatz synchronisiert ist</translation>
        </message>
        <message>
            <source>Unknown department {id}</source>
            <translation>Unbekannte Abteilung {id}</translation>
        </message>
        <message>
            <source>Unknown location {id}</source>
            <translation>Unbekannter Standort {id}</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>external id</source>
            <translation>externe ID</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>USt-IdNr.</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>same {key} {value}</source>
            <translation>gleiche {key} {value}</translation>
        </message>
        <message>
            <source>the {key} {value} belongs to several contacts ({names}); not imported — merge them first or give the row an id</source>
            <translation>die {key} {value} gehört zu mehreren Kontakten ({names}); nicht importiert — führen Sie diese zuerst zusammen oder geben Sie der Zeile eine ID</translation>
        </message>
        <message>
            <source>“{name}” has the same {key} {value} but another name: not taken as the same contact</source>
            <translation>„{name}“ hat die gleiche {key} {value}, aber einen anderen Namen: nicht als derselbe Kontakt übernommen</translation>
        </message>
        <message>
            <source>create</source>
            <translation>anlegen</translation>
        </message>
        <message>
            <source>update</source>
            <translation>aktualisieren</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>zusammenführen</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>überspringen</translation>
        </message>
        <message>
            <source>{source} “{name}”</source>
            <translation>{source} „{name}“</translation>
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
            <translation>der Datensatz kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>the same contact as {earlier} of this file ({reason})</source>
            <translation>derselbe Kontakt wie {earlier} dieser Datei ({reason})</translation>
        </message>
        <message>
            <source>“{name}” ({reason}) is in the trash — restore it to update it</source>
            <translation>„{name}“ ({reason}) ist im Papierkorb — stellen Sie den Kontakt wieder her, um ihn zu aktualisieren</translation>
        </message>
        <message>
            <source>identical to “{name}” ({reason})</source>
            <translation>identisch mit „{name}“ ({reason})</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>ungültig</translation>
        </message>
        <message>
            <source>new contact</source>
            <translation>neuer Kontakt</translation>
        </message>
        <message>
            <source>“{name}” ({reason})</source>
            <translation>„{name}“ ({reason})</translation>
        </message>
        <message>
            <source>{source} was merged into it (the same contact)</source>
            <translation>{source} wurde damit zusammengeführt (derselbe Kontakt)</translation>
        </message>
        <message>
            <source>merged into {earlier}: the same contact ({reason})</source>
            <translation>zusammengeführt mit {earlier}: derselbe Kontakt ({reason})</translation>
        </message>
        <message>
            <source>several organizations are called “{name}”: the work there was not linked — link it by hand</source>
            <translation>mehrere Organisationen heißen „{name}“: Die Tätigkeit dort wurde nicht verknüpft — verknüpfen Sie sie von Hand</translation>
        </message>
        <message>
            <source>organization named by {source}</source>
            <translation>von {source} genannte Organisation</translation>
        </message>
        <message>
            <source>new organization</source>
            <translation>neue Organisation</translation>
        </message>
        <message>
            <source>“{name}” was changed after the dry run; nothing was imported. Plan the import again.</source>
            <translation>„{name}“ wurde nach dem Probelauf geändert; es wurde nichts importiert. Planen Sie den Import erneut.</translation>
        </message>
        <message>
            <source>this plan has been applied already.</source>
            <translation>dieser Plan wurde bereits ausgeführt.</translation>
        </message>
        <message>
            <source>an organization the import links people to was deleted or moved to the trash after the dry run; nothing was imported. Plan the import again.</source>
            <translation>Eine Organisation, mit der der Import Personen verknüpft, wurde nach dem Probelauf gelöscht oder in den Papierkorb verschoben; es wurde nichts importiert. Planen Sie den Import erneut.</translation>
        </message>
        <message>
            <source>import of “{file}” ({created}, {updated})</source>
            <translation>Import von „{file}“ ({created}, {updated})</translation>
        </message>
        <message>
            <source>“{field}” is not a field Kontor can import into</source>
            <translation>„{field}“ ist kein Feld, in das Kontor importieren kann</translation>
        </message>
        <message>
            <source>the date order must be one of {orders}</source>
            <translation>die Datumsreihenfolge muss eine von {orders} sein</translation>
        </message>
        <message>
            <source>{file} is not UTF-8; it was read as {encoding} (a guess). Check the names in the preview, or choose the encoding.</source>
            <translation>{file} ist nicht UTF-8; die Datei wurde als {encoding} gelesen (geschätzt). Prüfen Sie die Namen in der Vorschau oder wählen Sie die Kodierung.</translation>
        </message>
        <message>
            <source>{file} has no rows.</source>
            <translation>{file} enthält keine Zeilen.</translation>
        </message>
        <message>
            <source>{file}: the first row cannot be read ({error}).</source>
            <translation>{file}: Die erste Zeile kann nicht gelesen werden ({error}).</translation>
        </message>
        <message>
            <source>{file}: line {line} cannot be read ({error}). Nothing was imported.</source>
            <translation>{file}: Zeile {line} kann nicht gelesen werden ({error}). Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>{file} has more than {maximum} rows; an import may have at most that many. Split it into smaller files.</source>
            <translation>{file} hat mehr als {maximum} Zeilen; ein Import darf höchstens so viele enthalten. Teilen Sie die Datei in kleinere Dateien auf.</translation>
        </message>
        <message>
            <source>row {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source>has {length} characters; a value may have at most {maximum}</source>
            <translation>hat {length} Zeichen; ein Wert darf höchstens {maximum} haben</translation>
        </message>
        <message>
            <source>“{value}” is neither a person nor an organization; read as a person</source>
            <translation>„{value}“ ist weder eine Person noch eine Organisation; als Person gelesen</translation>
        </message>
        <message>
            <source>“{value}” is not recognised; kept in the address text</source>
            <translation>„{value}“ wurde nicht erkannt; bleibt im Adresstext erhalten</translation>
        </message>
        <message>
            <source>a date without a year ({value}) cannot be kept</source>
            <translation>ein Datum ohne Jahr ({value}) kann nicht übernommen werden</translation>
        </message>
        <message>
            <source>“{value}” is not a date; not kept</source>
            <translation>„{value}“ ist kein Datum; nicht übernommen</translation>
        </message>
        <message>
            <source>the row has no name; named after its e-mail address</source>
            <translation>die Zeile hat keinen Namen; nach ihrer E-Mail-Adresse benannt</translation>
        </message>
        <message>
            <source>the row has no name; named after its phone number</source>
            <translation>die Zeile hat keinen Namen; nach ihrer Telefonnummer benannt</translation>
        </message>
        <message>
            <source>“{value}” is not a gender Kontor knows; not kept</source>
            <translation>„{value}“ ist kein Geschlecht, das Kontor kennt; nicht übernommen</translation>
        </message>
        <message>
            <source>a person has no VAT number in Kontor; not kept</source>
            <translation>eine Person hat in Kontor keine USt-IdNr.; nicht übernommen</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{file} is larger than an import file may be.</source>
            <translation>{file} ist größer, als eine Importdatei sein darf.</translation>
        </message>
        <message>
            <source>none of the columns of {file} is mapped to a contact field (headers: {headers}). Choose the columns' fields.</source>
            <translation>Keine Spalte von {file} ist einem Kontaktfeld zugeordnet (Spaltenköpfe: {headers}). Wählen Sie die Felder der Spalten.</translation>
        </message>
        <message>
            <source>unknown columns: {columns}</source>
            <translation>unbekannte Spalten: {columns}</translation>
        </message>
        <message>
            <source>the column mapping cannot be used: {problems}</source>
            <translation>die Spaltenzuordnung ist nicht verwendbar: {problems}</translation>
        </message>
        <message>
            <source>the template “{name}” is damaged: {why}</source>
            <translation>die Vorlage „{name}“ ist beschädigt: {why}</translation>
        </message>
        <message>
            <source>“{name}” cannot be a template name: use letters, digits, spaces, - and _ (at most 80).</source>
            <translation>„{name}“ kann kein Vorlagenname sein: Verwenden Sie Buchstaben, Ziffern, Leerzeichen, - und _ (höchstens 80).</translation>
        </message>
        <message>
            <source>there is no template “{name}”</source>
            <translation>es gibt keine Vorlage „{name}“</translation>
        </message>
        <message>
            <source>the template “{name}” cannot be read: {error}</source>
            <translation>die Vorlage „{name}“ kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>the template “{name}” is damaged</source>
            <translation>die Vorlage „{name}“ ist beschädigt</translation>
        </message>
        <message>
            <source>{file} is {size}; an import file may be at most {maximum}. Split it into smaller files.</source>
            <translation>{file} ist {size} groß; eine Importdatei darf höchstens {maximum} groß sein. Teilen Sie sie in kleinere Dateien auf.</translation>
        </message>
        <message>
            <source>{file} is empty.</source>
            <translation>{file} ist leer.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}</source>
            <translation>{file} kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>“{encoding}” is not a character encoding Kontor knows.</source>
            <translation>„{encoding}“ ist keine Zeichenkodierung, die Kontor kennt.</translation>
        </message>
        <message>
            <source>{file} is not valid {encoding}: line {line} has the byte 0x{byte}, which is not {encoding} text. Choose the file's real encoding, or save it as UTF-8.</source>
            <translation>{file} ist kein gültiges {encoding}: Zeile {line} enthält das Byte 0x{byte}, das kein {encoding}-Text ist. Wählen Sie die tatsächliche Kodierung der Datei oder speichern Sie sie als UTF-8.</translation>
        </message>
        <message>
            <source>{file} mixes character encodings: it has UTF-8 letters, but line {line} has the byte 0x{byte}, which is not UTF-8. Open it in a text editor and save it as UTF-8, then import it again.</source>
            <translation>{file} mischt Zeichenkodierungen: Die Datei enthält UTF-8-Zeichen, aber Zeile {line} enthält das Byte 0x{byte}, das kein UTF-8 ist. Öffnen Sie die Datei in einem Texteditor, speichern Sie sie als UTF-8 und importieren Sie sie dann erneut.</translation>
        </message>
        <message>
            <source>{file} is not text in an encoding Kontor can recognise (it may be a picture, an archive or a damaged file).</source>
            <translation>{file} ist kein Text in einer Kodierung, die Kontor erkennt (vielleicht ein Bild, ein Archiv oder eine beschädigte Datei).</translation>
        </message>
        <message>
            <source>{file} is not UTF-8; it was read as {encoding} (a guess). Check accented letters in the preview, or choose the encoding.</source>
            <translation>{file} ist nicht UTF-8; die Datei wurde als {encoding} gelesen (geschätzt). Prüfen Sie Umlaute und Akzente in der Vorschau oder wählen Sie die Kodierung.</translation>
        </message>
        <message>
            <source>{file} is not all UTF-8: {how} (each property's CHARSET, else detected).</source>
            <translation>{file} ist nicht vollständig UTF-8: {how} (CHARSET der jeweiligen Eigenschaft, sonst erkannt).</translation>
        </message>
        <message>
            <source>the file has more than {maximum} cards; an import may have at most that many. Split it into smaller files.</source>
            <translation>die Datei enthält mehr als {maximum} Karten; ein Import darf höchstens so viele enthalten. Teilen Sie sie in kleinere Dateien auf.</translation>
        </message>
        <message>
            <source>it has no “:” between a property name and a value</source>
            <translation>zwischen Eigenschaftsname und Wert fehlt ein „:“</translation>
        </message>
        <message>
            <source>it has no property name</source>
            <translation>der Eigenschaftsname fehlt</translation>
        </message>
        <message>
            <source>it cannot be read as a vCard property ({error})</source>
            <translation>kann nicht als vCard-Eigenschaft gelesen werden ({error})</translation>
        </message>
        <message>
            <source>has {length} characters; a value may have at most {maximum} — not kept</source>
            <translation>hat {length} Zeichen; ein Wert darf höchstens {maximum} haben — nicht übernommen</translation>
        </message>
        <message>
            <source>a group card (KIND:group) is not a contact</source>
            <translation>eine Gruppenkarte (KIND:group) ist kein Kontakt</translation>
        </message>
        <message>
            <source>a location card (KIND:location) is not a contact</source>
            <translation>eine Ortskarte (KIND:location) ist kein Kontakt</translation>
        </message>
        <message>
            <source>Unnamed {source}</source>
            <translation>Unbenannt: {source}</translation>
        </message>
        <message>
            <source>the card has no name (N, FN), ORG, NICKNAME, EMAIL or TEL; named “{name}” from {source} — rename it</source>
            <translation>die Karte hat keinen Namen (N, FN), kein ORG, NICKNAME, EMAIL oder TEL; benannt „{name}“ (Quelle: {source}) — bitte umbenennen</translation>
        </message>
        <message>
            <source>the card is empty: no name (N, FN), no ORG, NICKNAME, EMAIL or TEL, and nothing else to keep</source>
            <translation>die Karte ist leer: kein Name (N, FN), kein ORG, NICKNAME, EMAIL oder TEL und sonst nichts zu übernehmen</translation>
        </message>
        <message>
            <source>“{title}” has no organization (ORG); kept with the card</source>
            <translation>„{title}“ hat keine Organisation (ORG); bei der Karte belassen</translation>
        </message>
        <message>
            <source>the country “{value}” is not recognised; kept in the text</source>
            <translation>das Land „{value}“ wurde nicht erkannt; bleibt im Text erhalten</translation>
        </message>
        <message>
            <source>a birthday without a year ({value}); kept as received</source>
            <translation>ein Geburtstag ohne Jahr ({value}); unverändert übernommen</translation>
        </message>
        <message>
            <source>an anniversary without a year ({value}); kept as received</source>
            <translation>ein Jahrestag ohne Jahr ({value}); unverändert übernommen</translation>
        </message>
        <message>
            <source>“{value}” is not a date; kept as received</source>
            <translation>„{value}“ ist kein Datum; unverändert übernommen</translation>
        </message>
        <message>
            <source>not a base64 picture; kept as received</source>
            <translation>kein Base64-Bild; unverändert übernommen</translation>
        </message>
        <message>
            <source>a picture at a web address is not downloaded; kept as a link</source>
            <translation>ein Bild unter einer Webadresse wird nicht heruntergeladen; als Link übernommen</translation>
        </message>
        <message>
            <source>the picture has {size}; a picture may be at most {maximum} — the picture is not kept</source>
            <translation>das Bild ist {size} groß; ein Bild darf höchstens {maximum} groß sein — das Bild wird nicht übernommen</translation>
        </message>
        <message>
            <source>the picture's base64 text is damaged; not kept</source>
            <translation>der Base64-Text des Bildes ist beschädigt; nicht übernommen</translation>
        </message>
        <message>
            <source>{message} — the picture is not kept</source>
            <translation>{message} — das Bild wird nicht übernommen</translation>
        </message>
        <message>
            <source>a nickname</source>
            <translation>ein Spitzname</translation>
        </message>
        <message>
            <source>a picture</source>
            <translation>ein Bild</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>{property} (line {line})</source>
            <translation>{property} (Zeile {line})</translation>
        </message>
        <message>
            <source>card {number} (line {line})</source>
            <translation>Karte {number} (Zeile {line})</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>das Bild</translation>
        </message>
        <message>
            <source>a value</source>
            <translation>ein Wert</translation>
        </message>
        <message>
            <source>the card is {size} ({what} alone {part}); a card may be at most {maximum} and a picture at most {picture} — the card is not imported</source>
            <translation>die Karte ist {size} groß ({what} allein {part}); eine Karte darf höchstens {maximum} und ein Bild höchstens {picture} groß sein — die Karte wird nicht importiert</translation>
        </message>
        <message>
            <source>END:VCARD is missing (the file ends inside this card); read up to the end</source>
            <translation>END:VCARD fehlt (die Datei endet innerhalb dieser Karte); bis zum Ende gelesen</translation>
        </message>
        <message>
            <source>BEGIN:VCARD is missing; the lines before END:VCARD were read</source>
            <translation>BEGIN:VCARD fehlt; die Zeilen vor END:VCARD wurden gelesen</translation>
        </message>
        <message>
            <source>embedded (AGENT) in card {number}; imported as a contact</source>
            <translation>eingebettet (AGENT) in Karte {number}; als Kontakt importiert</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source>a comment line; ignored</source>
            <translation>eine Kommentarzeile; ignoriert</translation>
        </message>
        <message>
            <source>skipped: {reason} — {text}</source>
            <translation>übersprungen: {reason} — {text}</translation>
        </message>
        <message>
            <source>the quoted-printable text is not UTF-8; read as {encoding}</source>
            <translation>der Quoted-Printable-Text ist nicht UTF-8; als {encoding} gelesen</translation>
        </message>
        <message>
            <source>cannot be read: {error}</source>
            <translation>kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>the file has no vCard in it (no BEGIN:VCARD line).</source>
            <translation>die Datei enthält keine vCard (keine Zeile BEGIN:VCARD).</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import contacts — {file}</source>
            <translation>Kontakte importieren — {file}</translation>
        </message>
        <message>
            <source>This file cannot be imported</source>
            <translation>Diese Datei kann nicht importiert werden</translation>
        </message>
        <message>
            <source>Nothing was changed in your contacts.</source>
            <translation>An Ihren Kontakten wurde nichts geändert.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Weiter &gt;</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Reading “{file}” and comparing it with your contacts…</source>
            <translation>„{file}“ wird gelesen und mit Ihren Kontakten verglichen…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <source>The dry run below has been made again.</source>
            <translation>Der Probelauf unten wurde neu erstellt.</translation>
        </message>
        <message>
            <source>Nothing was imported: {error}</source>
            <translation>Es wurde nichts importiert: {error}</translation>
        </message>
        <message>
            <source>The file could not be read: {error}</source>
            <translation>Die Datei konnte nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Step 1 of 2: which column goes into which field</source>
            <translation>Schritt 1 von 2: welche Spalte in welches Feld kommt</translation>
        </message>
        <message>
            <source>Step 2 of 2: what the import will do</source>
            <translation>Schritt 2 von 2: was der Import bewirkt</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Was der Import bewirkt</translation>
        </message>
        <message>
            <source>The file was refused</source>
            <translation>Die Datei wurde abgelehnt</translation>
        </message>
    </context>
    <context>
        <name>IndividualGeneral</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. Dr.</source>
            <translation>z. B. Dr.</translation>
        </message>
        <message>
            <source>e.g. MSc</source>
            <translation>z. B. MSc</translation>
        </message>
        <message>
            <source>Filled in from the name parts; write your own to override, clear it to go back</source>
            <translation>Wird aus den Namensteilen gebildet; zum Überschreiben selbst eintragen, zum Zurücksetzen leeren</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Title suffix</source>
            <translation>Nachgestellter Titel</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Persönlich</translation>
        </message>
        <message>
            <source>e.g. nl-BE</source>
            <translation>z. B. de-AT</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Jahrestag</translation>
        </message>
        <message>
            <source>Locale</source>
            <translation>Sprache/Region</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Besitzer</translation>
        </message>
        <message>
            <source>Owner type</source>
            <translation>Besitzertyp</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
    </context>
    <context>
        <name>Interchange</name>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Merge with an earlier row</source>
            <translation>Mit einer früheren Zeile zusammenführen</translation>
        </message>
        <message>
            <source>Skip: unchanged</source>
            <translation>Überspringen: unverändert</translation>
        </message>
        <message>
            <source>Skip: invalid</source>
            <translation>Überspringen: ungültig</translation>
        </message>
        <message>
            <source>Skip: ambiguous</source>
            <translation>Überspringen: mehrdeutig</translation>
        </message>
        <message>
            <source>Skip: repeated in the file</source>
            <translation>Überspringen: in der Datei wiederholt</translation>
        </message>
        <message>
            <source>Skip: in the trash</source>
            <translation>Überspringen: im Papierkorb</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
    </context>
    <context>
        <name>InterchangeUi</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Import contacts from a vCard or CSV file</source>
            <translation>Kontakte aus einer vCard- oder CSV-Datei importieren</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Export contacts as vCard or CSV</source>
            <translation>Kontakte als vCard oder CSV exportieren</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.txt);;vCard files (*.vcf *.vcard);;CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Kontakte (*.vcf *.vcard *.csv *.txt);;vCard-Dateien (*.vcf *.vcard);;CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln created</source>
            <translation>
                <numerusform>%Ln angelegt</numerusform>
                <numerusform>%Ln angelegt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln aktualisiert</numerusform>
                <numerusform>%Ln aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln übersprungen</numerusform>
                <numerusform>%Ln übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: {counts}.</source>
            <translation>Importiert: {counts}.</translation>
        </message>
        <message>
            <source>Edit → Undo (Ctrl+Z) takes the import back.</source>
            <translation>Bearbeiten → Rückgängig (Strg+Z) macht den Import rückgängig.</translation>
        </message>
    </context>
    <context>
        <name>KipBar</name>
        <message>
            <source>Registered with KIP</source>
            <translation>Bei KIP registriert</translation>
        </message>
        <message>
            <source>Registered by the tag “{tag}” chosen in the account</source>
            <translation>Registriert durch das im Konto gewählte Schlagwort „{tag}“</translation>
        </message>
        <message>
            <source>Send this organization to KIP with the next sync of “{name}”</source>
            <translation>Diese Organisation mit der nächsten Synchronisierung von „{name}“ an KIP senden</translation>
        </message>
        <message>
            <source>Registered with KIP by its tag “{tag}”.</source>
            <translation>Bei KIP registriert durch das Schlagwort „{tag}“.</translation>
        </message>
        <message>
            <source>KIP has this company. KIP has no delete: unticking stops sending changes, the company stays in KIP.</source>
            <translation>KIP kennt dieses Unternehmen. KIP kann nicht löschen: Ohne Häkchen werden keine Änderungen mehr gesendet; das Unternehmen bleibt in KIP.</translation>
        </message>
        <message>
            <source>Sent to KIP with the next sync.</source>
            <translation>Wird mit der nächsten Synchronisierung an KIP gesendet.</translation>
        </message>
    </context>
    <context>
        <name>Kontor</name>
        <message>
            <source>Kontor cannot start</source>
            <translation>Kontor kann nicht starten</translation>
        </message>
    </context>
    <context>
        <name>LinkOrCreateDialog</name>
        <message>
            <source>Link or create</source>
            <translation>Verknüpfen oder anlegen</translation>
        </message>
        <message>
            <source>These records came with the first sync of an account and may be contacts here already. Link each to the contact it is, or make it a new contact; nothing is merged or added until you choose.</source>
            <translation>Diese Datensätze kamen mit der ersten Synchronisierung eines Kontos und sind hier möglicherweise schon als Kontakte vorhanden. Verknüpfen Sie jeden mit dem passenden Kontakt oder legen Sie ihn als neuen Kontakt an; nichts wird zusammengeführt oder hinzugefügt, bevor Sie entscheiden.</translation>
        </message>
        <message>
            <source>Records to review</source>
            <translation>Zu prüfende Datensätze</translation>
        </message>
        <message>
            <source>&amp;Contacts here that may be the same:</source>
            <translation>&amp;Kontakte hier, die dieselben sein könnten:</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Übereinstimmung</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;Link to selected</source>
            <translation>Mit Auswahl &amp;verknüpfen</translation>
        </message>
        <message>
            <source>The record is this contact: link them (Enter in the list)</source>
            <translation>Der Datensatz ist dieser Kontakt: beide verknüpfen (Eingabetaste in der Liste)</translation>
        </message>
        <message>
            <source>Create &amp;new contact</source>
            <translation>&amp;Neuen Kontakt anlegen</translation>
        </message>
        <message>
            <source>None of them: make the record a new contact</source>
            <translation>Keiner davon: Datensatz als neuen Kontakt anlegen</translation>
        </message>
        <message>
            <source>Nothing waits for a decision.</source>
            <translation>Keine Entscheidung offen.</translation>
        </message>
        <message>
            <source>From {account}</source>
            <translation>Von {account}</translation>
        </message>
        <message>
            <source>“{name}” from {account}</source>
            <translation>„{name}“ von {account}</translation>
        </message>
        <message>
            <source>No e-mail, phone or place.</source>
            <translation>Keine E-Mail, kein Telefon, kein Ort.</translation>
        </message>
        <message>
            <source>{name} (deleted)</source>
            <translation>{name} (gelöscht)</translation>
        </message>
    </context>
    <context>
        <name>LinkedToBar</name>
        <message>
            <source>Linked to:</source>
            <translation>Verknüpft mit:</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>noch nicht gesendet</translation>
        </message>
        <message>
            <source>synced {time}</source>
            <translation>synchronisiert {time}</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>read only there</source>
            <translation>dort schreibgeschützt</translation>
        </message>
        <message>
            <source>Account: {name}</source>
            <translation>Konto: {name}</translation>
        </message>
        <message>
            <source>Id there: {id}</source>
            <translation>ID dort: {id}</translation>
        </message>
        <message>
            <source>Last synced: {time}</source>
            <translation>Zuletzt synchronisiert: {time}</translation>
        </message>
        <message>
            <source>Read only there: Kontor takes in changes made there but never sends changes or deletions of this contact.</source>
            <translation>Dort schreibgeschützt: Kontor übernimmt dort vorgenommene Änderungen, sendet aber nie Änderungen oder Löschungen dieses Kontakts.</translation>
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
            <translation>Leiter dieses Standorts</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Öffnet</translation>
        </message>
        <message>
            <source>Closes</source>
            <translation>Schließt</translation>
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
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>New &amp;person</source>
            <translation>Neue &amp;Person</translation>
        </message>
        <message>
            <source>New &amp;organization</source>
            <translation>Neue &amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Delete contact</source>
            <translation>Kontakt &amp;löschen</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message numerus="yes">
            <source>{step} (%Ln contacts)…</source>
            <translation>
                <numerusform>{step} (%Ln Kontakt)…</numerusform>
                <numerusform>{step} (%Ln Kontakte)…</numerusform>
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
            <translation>Typ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge contacts</source>
            <translation>Kontakte zusammenführen</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Bleibt</translation>
        </message>
        <message>
            <source>Is merged into it, then moved to the trash</source>
            <translation>Wird damit zusammengeführt und dann in den Papierkorb verschoben</translation>
        </message>
        <message>
            <source>&amp;Swap which one stays</source>
            <translation>&amp;Tauschen, welcher bleibt</translation>
        </message>
        <message>
            <source>The merge is one step: Edit → Undo (Ctrl+Z) takes it back.</source>
            <translation>Das Zusammenführen ist ein einziger Schritt: Bearbeiten → Rückgängig (Strg+Z) nimmt es zurück.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Zusammenführen</translation>
        </message>
        <message>
            <source>Comparing the two contacts…</source>
            <translation>Die beiden Kontakte werden verglichen…</translation>
        </message>
        <message>
            <source>Moves to “{name}”: {moves}.</source>
            <translation>Geht an „{name}“ über: {moves}.</translation>
        </message>
        <message>
            <source>Tags are combined; empty fields are filled from the other contact.</source>
            <translation>Schlagwörter werden vereinigt; leere Felder werden aus dem anderen Kontakt gefüllt.</translation>
        </message>
        <message>
            <source>Nothing else moves: “{name}” has no e-mails, phones, addresses, roles or other records.</source>
            <translation>Sonst wird nichts übertragen: „{name}“ hat keine E-Mails, Telefonnummern, Adressen, Rollen oder anderen Datensätze.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(kein Name)</translation>
        </message>
        <message>
            <source>The two contacts do not fill any field differently: nothing to choose.</source>
            <translation>Die beiden Kontakte unterscheiden sich in keinem Feld: Es gibt nichts zu wählen.</translation>
        </message>
        <message>
            <source>Both contacts fill these fields differently. Choose the value to keep:</source>
            <translation>Beide Kontakte haben in diesen Feldern unterschiedliche Werte. Wählen Sie den Wert, der bleiben soll:</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Empty: filled from the other contact</source>
            <translation>Leer: wird aus dem anderen Kontakt gefüllt</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Wird zusammengeführt…</translation>
        </message>
        <message>
            <source>Cannot merge: {reason}</source>
            <translation>Zusammenführen nicht möglich: {reason}</translation>
        </message>
        <message>
            <source>The merge failed, nothing was changed: {error}</source>
            <translation>Das Zusammenführen ist fehlgeschlagen, es wurde nichts geändert: {error}</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <source>Amount, e.g. {example}</source>
            <translation>Betrag, z. B. {example}</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Set a date</source>
            <translation>Datum festlegen</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateTimeEdit</name>
        <message>
            <source>Set a date and time</source>
            <translation>Datum und Uhrzeit festlegen</translation>
        </message>
    </context>
    <context>
        <name>OrganizationGeneral</name>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>e.g. company</source>
            <translation>z. B. Unternehmen</translation>
        </message>
        <message>
            <source>e.g. NL</source>
            <translation>z. B. DE</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organization type</source>
            <translation>Organisationstyp</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>Gegründet</translation>
        </message>
        <message>
            <source>Founding year</source>
            <translation>Gründungsjahr</translation>
        </message>
        <message>
            <source>Invoice language</source>
            <translation>Rechnungssprache</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registrierung</translation>
        </message>
        <message>
            <source>e.g. BE0415928179</source>
            <translation>z. B. BE0415928179</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>USt-IdNr.</translation>
        </message>
        <message>
            <source>Company registration no.</source>
            <translation>Handelsregisternummer</translation>
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
            <translation>Externe Organisations-ID</translation>
        </message>
        <message>
            <source>Cannot be changed once the record is synced</source>
            <translation>Kann nicht mehr geändert werden, sobald der Datensatz synchronisiert ist</translation>
        </message>
    </context>
    <context>
        <name>PairsModel</name>
        <message>
            <source>First</source>
            <translation>Erster</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>Zweiter</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
    </context>
    <context>
        <name>PayerPicker</name>
        <message>
            <source>Type part of a person's or organization's name</source>
            <translation>Teil des Namens einer Person oder Organisation eingeben</translation>
        </message>
    </context>
    <context>
        <name>PendingPage</name>
        <message>
            <source>Pending changes</source>
            <translation>Ausstehende Änderungen</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Changes made here that the next sync sends to the server. Discarding a change puts the contact back as the server has it.</source>
            <translation>Hier vorgenommene Änderungen, die die nächste Synchronisierung an den Server sendet. Wenn Sie eine Änderung verwerfen, wird der Kontakt auf den Stand des Servers zurückgesetzt.</translation>
        </message>
        <message>
            <source>&amp;Open contact</source>
            <translation>Kontakt ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show the contact in its editor (Enter)</source>
            <translation>Kontakt im Editor anzeigen (Eingabetaste)</translation>
        </message>
        <message>
            <source>&amp;Discard change…</source>
            <translation>Änderung &amp;verwerfen…</translation>
        </message>
        <message>
            <source>Throw the unsent changes of this contact away (Del)</source>
            <translation>Die nicht gesendeten Änderungen dieses Kontakts verwerfen (Entf)</translation>
        </message>
        <message>
            <source>Show the changes waiting for one account</source>
            <translation>Die ausstehenden Änderungen eines Kontos anzeigen</translation>
        </message>
        <message>
            <source>Nothing waits to be sent.</source>
            <translation>Nichts wartet auf das Senden.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Changed: {fields}</source>
            <translation>Geändert: {fields}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saves</source>
            <translation>
                <numerusform>%Ln-mal gespeichert</numerusform>
                <numerusform>%Ln-mal gespeichert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts with changes to send</source>
            <translation>
                <numerusform>%Ln Kontakt mit Änderungen zum Senden</numerusform>
                <numerusform>%Ln Kontakte mit Änderungen zum Senden</numerusform>
            </translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Alle Konten</translation>
        </message>
        <message>
            <source>No changes to send</source>
            <translation>Keine Änderungen zu senden</translation>
        </message>
        <message>
            <source>It was never sent, so it goes to the trash.</source>
            <translation>Er wurde nie gesendet und kommt daher in den Papierkorb.</translation>
        </message>
        <message>
            <source>The deletion is not sent: the contact comes back as the server has it.</source>
            <translation>Die Löschung wird nicht gesendet: Der Kontakt kehrt so zurück, wie der Server ihn hat.</translation>
        </message>
        <message>
            <source>The contact goes back to the version the server has.</source>
            <translation>Der Kontakt wird auf den Stand des Servers zurückgesetzt.</translation>
        </message>
        <message>
            <source>Discard change</source>
            <translation>Änderung verwerfen</translation>
        </message>
        <message>
            <source>Discard the unsent changes to “{name}”?</source>
            <translation>Die nicht gesendeten Änderungen an „{name}“ verwerfen?</translation>
        </message>
        <message>
            <source>Discarding…</source>
            <translation>Wird verworfen…</translation>
        </message>
        <message>
            <source>Changes to “{name}” discarded</source>
            <translation>Änderungen an „{name}“ verworfen</translation>
        </message>
    </context>
    <context>
        <name>PhoneRow</name>
        <message>
            <source>+32 9 123 45 67</source>
            <translation>+49 30 12345678</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Usages</source>
            <translation>Verwendung</translation>
        </message>
    </context>
    <context>
        <name>PictureHeader</name>
        <message>
            <source>Change picture…</source>
            <translation>Bild ändern…</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Bild entfernen</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(kein Name)</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Bild auswählen</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Picture: a picture may be at most 12 MB</source>
            <translation>Bild: Ein Bild darf höchstens 12 MB groß sein</translation>
        </message>
        <message>
            <source>Picture: cannot read the file — {error}</source>
            <translation>Bild: Die Datei kann nicht gelesen werden — {error}</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderEditor</name>
        <message>
            <source>optional: the id in your other system</source>
            <translation>optional: die ID in Ihrem anderen System</translation>
        </message>
        <message>
            <source>required</source>
            <translation>erforderlich</translation>
        </message>
        <message>
            <source>Active customer</source>
            <translation>Aktiver Kunde</translation>
        </message>
        <message>
            <source>Requires a formal invoice</source>
            <translation>Vollständige Rechnung erforderlich</translation>
        </message>
        <message>
            <source>Track revenue</source>
            <translation>Umsatz erfassen</translation>
        </message>
        <message>
            <source>Customer number:</source>
            <translation>Kundennummer:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>External ID:</source>
            <translation>Externe ID:</translation>
        </message>
        <message>
            <source>Customer since:</source>
            <translation>Kunde seit:</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Start a new placeholder customer (Ctrl+N)</source>
            <translation>Neuen Platzhalterkunden anlegen (Strg+N)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the placeholder customer (Ctrl+S)</source>
            <translation>Platzhalterkunden speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Undo every change since the last save</source>
            <translation>Alle Änderungen seit dem letzten Speichern verwerfen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Move the placeholder customer to the trash</source>
            <translation>Platzhalterkunden in den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>New placeholder customer</source>
            <translation>Neuer Platzhalterkunde</translation>
        </message>
        <message>
            <source>Placeholder customer {number}</source>
            <translation>Platzhalterkunde {number}</translation>
        </message>
        <message>
            <source>Placeholder customer</source>
            <translation>Platzhalterkunde</translation>
        </message>
        <message>
            <source>Fix the marked fields first</source>
            <translation>Beheben Sie zuerst die markierten Felder</translation>
        </message>
    </context>
    <context>
        <name>PlaceholdersPage</name>
        <message>
            <source>Placeholder customers</source>
            <translation>Platzhalterkunden</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundennummer</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Kunde seit</translation>
        </message>
        <message>
            <source>Search names, customer numbers, ids…</source>
            <translation>Namen, Kundennummern, IDs suchen…</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message numerus="yes">
            <source>%Ln placeholder customers</source>
            <translation>
                <numerusform>%Ln Platzhalterkunde</numerusform>
                <numerusform>%Ln Platzhalterkunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln Treffer</numerusform>
                <numerusform>%Ln Treffer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not saved: fix the %Ln marked fields first</source>
            <translation>
                <numerusform>Nicht gespeichert: Beheben Sie zuerst das markierte Feld</numerusform>
                <numerusform>Nicht gespeichert: Beheben Sie zuerst die %Ln markierten Felder</numerusform>
            </translation>
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation>{matches} unter {total}</translation>
        </message>
        <message>
            <source>the new placeholder customer</source>
            <translation>Neuer Platzhalterkunde</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save your changes to “{name}”?</source>
            <translation>Ihre Änderungen an „{name}“ speichern?</translation>
        </message>
        <message>
            <source>New placeholder customer: fill in the number and the name</source>
            <translation>Neuer Platzhalterkunde: Geben Sie Nummer und Namen ein</translation>
        </message>
        <message>
            <source>“{name}” saved</source>
            <translation>„{name}“ gespeichert</translation>
        </message>
        <message>
            <source> (with warnings)</source>
            <translation> (mit Warnungen)</translation>
        </message>
        <message>
            <source>Not saved: fix the marked field first</source>
            <translation>Nicht gespeichert: Beheben Sie zuerst das markierte Feld</translation>
        </message>
        <message>
            <source>Revert changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Throw away your changes to this placeholder customer?</source>
            <translation>Ihre Änderungen an diesem Platzhalterkunden verwerfen?</translation>
        </message>
        <message>
            <source>Delete placeholder customer</source>
            <translation>Platzhalterkunden löschen</translation>
        </message>
        <message>
            <source>Move “{name}” to the trash?</source>
            <translation>„{name}“ in den Papierkorb verschieben?</translation>
        </message>
        <message>
            <source>“{name}” moved to the trash</source>
            <translation>„{name}“ in den Papierkorb verschoben</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>All rows</source>
            <translation>Alle Zeilen</translation>
        </message>
        <message>
            <source>To create</source>
            <translation>Neu anzulegen</translation>
        </message>
        <message>
            <source>To update</source>
            <translation>Zu aktualisieren</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>With problems</source>
            <translation>Mit Problemen</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>&amp;Anzeigen:</translation>
        </message>
        <message>
            <source>Filter by name, reason or problem</source>
            <translation>Nach Name, Grund oder Problem filtern</translation>
        </message>
        <message>
            <source>Choose a row to see everything about it.</source>
            <translation>Wählen Sie eine Zeile, um alle Angaben dazu zu sehen.</translation>
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
                <numerusform>%Ln Eintrag</numerusform>
                <numerusform>%Ln Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to create</source>
            <translation>
                <numerusform>%Ln neu anzulegen</numerusform>
                <numerusform>%Ln neu anzulegen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to update</source>
            <translation>
                <numerusform>%Ln zu aktualisieren</numerusform>
                <numerusform>%Ln zu aktualisieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln übersprungen</numerusform>
                <numerusform>%Ln übersprungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unchanged</source>
            <translation>
                <numerusform>%Ln unverändert</numerusform>
                <numerusform>%Ln unverändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invalid</source>
            <translation>
                <numerusform>%Ln ungültig</numerusform>
                <numerusform>%Ln ungültig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln ambiguous</source>
            <translation>
                <numerusform>%Ln mehrdeutig</numerusform>
                <numerusform>%Ln mehrdeutig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln repeated in the file</source>
            <translation>
                <numerusform>%Ln in der Datei wiederholt</numerusform>
                <numerusform>%Ln in der Datei wiederholt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln in the trash</source>
            <translation>
                <numerusform>%Ln im Papierkorb</numerusform>
                <numerusform>%Ln im Papierkorb</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organizations are created for the people who work there.</source>
            <translation>
                <numerusform>%Ln Organisation wird für die Personen angelegt, die dort arbeiten.</numerusform>
                <numerusform>%Ln Organisationen werden für die Personen angelegt, die dort arbeiten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing to import: all %Ln contacts of this file are already in Kontor, unchanged.</source>
            <translation>
                <numerusform>Nichts zu importieren: Der Kontakt dieser Datei ist bereits unverändert in Kontor.</numerusform>
                <numerusform>Nichts zu importieren: Alle %Ln Kontakte dieser Datei sind bereits unverändert in Kontor.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{file}” ({kind}, {encoding}): {rows}. Nothing has been changed yet.</source>
            <translation>„{file}“ ({kind}, {encoding}): {rows}. Es wurde noch nichts geändert.</translation>
        </message>
        <message>
            <source>Import writes these changes as one step: Edit → Undo takes it back.</source>
            <translation>Der Import schreibt diese Änderungen in einem Schritt: Bearbeiten → Rückgängig nimmt ihn zurück.</translation>
        </message>
        <message>
            <source>Nothing to import: the contact of this file is already in Kontor, unchanged.</source>
            <translation>Nichts zu importieren: Der Kontakt dieser Datei ist bereits unverändert in Kontor.</translation>
        </message>
        <message>
            <source>Nothing to import: the file holds no contacts.</source>
            <translation>Nichts zu importieren: Die Datei enthält keine Kontakte.</translation>
        </message>
        <message>
            <source>Nothing to import: no entry of this file can be imported (see why below).</source>
            <translation>Nichts zu importieren: Kein Eintrag dieser Datei kann importiert werden (Gründe siehe unten).</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} von {total}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>e.g. acme</source>
            <translation>z. B. acme</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored token</source>
            <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
        </message>
        <message>
            <source>&amp;Forget token</source>
            <translation>Token ver&amp;gessen</translation>
        </message>
        <message>
            <source>Remove the token of this server and organization from the system keychain</source>
            <translation>Das Token dieses Servers und dieser Organisation aus dem Schlüsselbund des Systems entfernen</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>&amp;Verbindung testen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Manual only</source>
            <translation>Nur manuell</translation>
        </message>
        <message>
            <source>0 = sync only when you ask for it</source>
            <translation>0 = nur synchronisieren, wenn Sie es anfordern</translation>
        </message>
        <message>
            <source>Sync when Kontor &amp;starts</source>
            <translation>Beim Start von Kontor s&amp;ynchronisieren</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Systemsprache ({language})</translation>
        </message>
        <message>
            <source>Contacts API server</source>
            <translation>Server der Kontakte-API</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Serveradresse:</translation>
        </message>
        <message>
            <source>&amp;Organization id:</source>
            <translation>&amp;Organisations-ID:</translation>
        </message>
        <message>
            <source>API &amp;token:</source>
            <translation>API-&amp;Token:</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>Sync &amp;every:</source>
            <translation>Synchronisierung a&amp;lle:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Spr&amp;ache:</translation>
        </message>
        <message>
            <source>KONTOR_LANG is set: Kontor speaks {language} as long as it is set.</source>
            <translation>KONTOR_LANG ist gesetzt: Kontor verwendet {language}, solange die Variable gesetzt ist.</translation>
        </message>
        <message>
            <source>Kontor speaks {language} after a restart: close Kontor and start it again.</source>
            <translation>Kontor verwendet {language} nach einem Neustart: Schließen Sie Kontor und starten Sie es erneut.</translation>
        </message>
        <message>
            <source>Looking for a stored token…</source>
            <translation>Gespeichertes Token wird gesucht…</translation>
        </message>
        <message>
            <source>Stored in the system keychain</source>
            <translation>Im Schlüsselbund des Systems gespeichert</translation>
        </message>
        <message>
            <source>Taken from KONTOR_API_TOKEN</source>
            <translation>Aus KONTOR_API_TOKEN übernommen</translation>
        </message>
        <message>
            <source>No token stored</source>
            <translation>Kein Token gespeichert</translation>
        </message>
        <message>
            <source>KONTOR_API_TOKEN is used as long as it is set.</source>
            <translation>KONTOR_API_TOKEN wird verwendet, solange die Variable gesetzt ist.</translation>
        </message>
        <message>
            <source>The typed token is saved when you press OK.</source>
            <translation>Das eingegebene Token wird gespeichert, wenn Sie OK drücken.</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Verbindung wird getestet…</translation>
        </message>
        <message>
            <source>Nothing was saved. {reason}</source>
            <translation>Es wurde nichts gespeichert. {reason}</translation>
        </message>
        <message>
            <source>Nothing was saved: the settings could not be stored ({reason}).</source>
            <translation>Es wurde nichts gespeichert: Die Einstellungen konnten nicht gesichert werden ({reason}).</translation>
        </message>
        <message>
            <source>Something went wrong ({reason}).</source>
            <translation>Ein Fehler ist aufgetreten ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Wird zu</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>The selected contacts ({n})</source>
            <translation>Die ausgewählten Kontakte ({n})</translation>
        </message>
        <message>
            <source>Every contact in the list as filtered ({n})</source>
            <translation>Alle Kontakte der gefilterten Liste ({n})</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <source>Label sheet (A4)</source>
            <translation>Etikettenbogen (A4)</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Benutzerdefiniert…</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Bogen</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Label width (mm)</source>
            <translation>Etikettenbreite (mm)</translation>
        </message>
        <message>
            <source>Label height (mm)</source>
            <translation>Etikettenhöhe (mm)</translation>
        </message>
        <message>
            <source>Left margin (mm)</source>
            <translation>Linker Rand (mm)</translation>
        </message>
        <message>
            <source>Top margin (mm)</source>
            <translation>Oberer Rand (mm)</translation>
        </message>
        <message>
            <source>Gap across (mm)</source>
            <translation>Abstand horizontal (mm)</translation>
        </message>
        <message>
            <source>Gap down (mm)</source>
            <translation>Abstand vertikal (mm)</translation>
        </message>
        <message>
            <source>The first free label of a partly used sheet (1 = top left, row by row)</source>
            <translation>Das erste freie Etikett eines angebrochenen Bogens (1 = oben links, zeilenweise)</translation>
        </message>
        <message>
            <source>Start at label</source>
            <translation>Beginnen bei Etikett</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Briefumschlag</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Find our organization…</source>
            <translation>Eigene Organisation suchen…</translation>
        </message>
        <message>
            <source>(no sender printed)</source>
            <translation>(kein Absender gedruckt)</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Absender</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Vorschau…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source> of {n}</source>
            <translation> von {n}</translation>
        </message>
        <message>
            <source>there is no contact to print</source>
            <translation>kein Kontakt zum Drucken vorhanden</translation>
        </message>
        <message numerus="yes">
            <source>%Ln without a postal address left out: {names}</source>
            <translation>
                <numerusform>%Ln ohne Postanschrift ausgelassen: {names}</numerusform>
                <numerusform>%Ln ohne Postanschrift ausgelassen: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message numerus="yes">
            <source>Phone list — %Ln contacts — {day}</source>
            <translation>
                <numerusform>Telefonliste — %Ln Kontakt — {day}</numerusform>
                <numerusform>Telefonliste — %Ln Kontakte — {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {file} (%Ln pages).</source>
            <translation>
                <numerusform>{file} gespeichert (%Ln Seite).</numerusform>
                <numerusform>{file} gespeichert (%Ln Seiten).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot print: {reason}</source>
            <translation>Drucken nicht möglich: {reason}</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>a sheet needs at least one column and one row of labels</source>
            <translation>ein Bogen braucht mindestens eine Spalte und eine Zeile Etiketten</translation>
        </message>
        <message>
            <source>labels must be wider and taller than 0 mm</source>
            <translation>Etiketten müssen breiter und höher als 0 mm sein</translation>
        </message>
        <message>
            <source>the margins cannot be negative</source>
            <translation>die Ränder dürfen nicht negativ sein</translation>
        </message>
        <message>
            <source>labels cannot overlap: the distance between them is too small</source>
            <translation>Etiketten dürfen sich nicht überlappen: Der Abstand zwischen ihnen ist zu klein</translation>
        </message>
        <message>
            <source>the labels do not fit on the page: they need {width} × {height} mm, the page has {page_width} × {page_height} mm</source>
            <translation>die Etiketten passen nicht auf die Seite: Sie brauchen {width} × {height} mm, die Seite hat {page_width} × {page_height} mm</translation>
        </message>
        <message>
            <source>Custom: {columns} × {rows}, {width} × {height} mm</source>
            <translation>Benutzerdefiniert: {columns} × {rows}, {width} × {height} mm</translation>
        </message>
        <message>
            <source>3 × 8, 70 × 36 mm (24 a sheet)</source>
            <translation>3 × 8, 70 × 36 mm (24 pro Bogen)</translation>
        </message>
        <message>
            <source>3 × 7, 70 × 42.3 mm (21 a sheet)</source>
            <translation>3 × 7, 70 × 42,3 mm (21 pro Bogen)</translation>
        </message>
        <message>
            <source>2 × 4, 99.1 × 67.7 mm (8 a sheet)</source>
            <translation>2 × 4, 99,1 × 67,7 mm (8 pro Bogen)</translation>
        </message>
        <message>
            <source>2 × 8, 99.1 × 33.9 mm (16 a sheet)</source>
            <translation>2 × 8, 99,1 × 33,9 mm (16 pro Bogen)</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>USt-IdNr.</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>USt-IdNr. (EU)</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Kontext</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Abteilungen</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Mitgliedschaften</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Mitgliedschaft</translation>
        </message>
        <message>
            <source>Customer role</source>
            <translation>Kundenrolle</translation>
        </message>
        <message>
            <source>Supplier role</source>
            <translation>Lieferantenrolle</translation>
        </message>
        <message>
            <source>Alternative payer role</source>
            <translation>Rolle als abweichender Zahler</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>(not found)</source>
            <translation>(nicht gefunden)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Address {n} ({kind})</source>
            <translation>Adresse {n} ({kind})</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>Phone {n} ({kind})</source>
            <translation>Telefon {n} ({kind})</translation>
        </message>
        <message>
            <source>E-mail {n} ({kind})</source>
            <translation>E-Mail {n} ({kind})</translation>
        </message>
        <message>
            <source>Web {n} ({kind})</source>
            <translation>Web {n} ({kind})</translation>
        </message>
        <message>
            <source>Phones, e-mails, web</source>
            <translation>Telefon, E-Mail, Web</translation>
        </message>
        <message>
            <source>Work {n}</source>
            <translation>Tätigkeit {n}</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Eigene Felder</translation>
        </message>
        <message>
            <source>only an organization can be the sender of envelopes</source>
            <translation>nur eine Organisation kann Absender von Briefumschlägen sein</translation>
        </message>
    </context>
    <context>
        <name>PrintingUi</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Erasure of a person's data (privacy request)</source>
            <translation>Löschung der Daten einer Person (Datenschutzanfrage)</translation>
        </message>
        <message>
            <source>Invoices and bookings refer to customers, suppliers and alternative payers by their record, and bookkeeping rules require keeping those for years (up to 10). Such a record can be anonymised instead of deleted: it keeps its customer or supplier number and accounts, and loses the name, birthday, e-mails, phones, addresses, web addresses, pictures, notes, relationships, work details and custom fields.</source>
            <extracomment>In English; :func:`accounting_rule` gives it in the user's language.</extracomment>
            <translation>Rechnungen und Buchungen verweisen über ihren Datensatz auf Kunden, Lieferanten und abweichende Zahler, und Buchführungsvorschriften verlangen, diese jahrelang (bis zu 10 Jahre) aufzubewahren. Ein solcher Datensatz kann anonymisiert statt gelöscht werden: Er behält seine Kunden- oder Lieferantennummer und Konten und verliert Name, Geburtstag, E-Mails, Telefonnummern, Adressen, Webadressen, Bilder, Notizen, Beziehungen, Tätigkeitsangaben und eigene Felder.</translation>
        </message>
        <message>
            <source>The person's data was erased (deleted here).</source>
            <extracomment>Read here, never written there (an organization linked to a Kanbert company): the erasure changes nothing there.</extracomment>
            <translation>Die Daten der Person wurden gelöscht (hier gelöscht).</translation>
        </message>
        <message>
            <source>The person's data was erased (anonymised here).</source>
            <translation>Die Daten der Person wurden gelöscht (hier anonymisiert).</translation>
        </message>
        <message>
            <source>{account}: {note}</source>
            <translation>{account}: {note}</translation>
        </message>
        <message>
            <source>Backups of the database made before an upgrade still hold it; delete old backups if the request covers them.</source>
            <translation>Sicherungen der Datenbank, die vor einem Update angelegt wurden, enthalten die Daten noch; löschen Sie alte Sicherungen, wenn die Anfrage sie umfasst.</translation>
        </message>
        <message>
            <source>Give the person's e-mail address or id.</source>
            <translation>Geben Sie die E-Mail-Adresse oder die ID der Person an.</translation>
        </message>
        <message>
            <source>No contact has the id or e-mail “{wanted}”.</source>
            <translation>Kein Kontakt hat die ID oder E-Mail „{wanted}“.</translation>
        </message>
        <message>
            <source>{count} contacts have the e-mail “{wanted}”: give the id of the one you mean ({ids}).</source>
            <translation>{count} Kontakte haben die E-Mail „{wanted}“: Geben Sie die ID des gemeinten an ({ids}).</translation>
        </message>
        <message>
            <source>read only here: Kontor neither deletes nor changes it there; remove it there by hand if it should go</source>
            <translation>hier schreibgeschützt: Kontor löscht oder ändert es dort nicht; entfernen Sie es dort von Hand, falls es weg soll</translation>
        </message>
        <message>
            <source>deleted there with the next sync</source>
            <translation>wird dort mit der nächsten Synchronisierung gelöscht</translation>
        </message>
        <message>
            <source>has no delete: the record there is anonymised with the next sync</source>
            <translation>kann nicht löschen: Der Datensatz dort wird mit der nächsten Synchronisierung anonymisiert</translation>
        </message>
        <message>
            <source>{accounts} cannot delete records: choose Anonymise, so the record is anonymised there too.</source>
            <translation>{accounts} kann keine Datensätze löschen: Wählen Sie „Anonymisieren“, damit der Datensatz auch dort anonymisiert wird.</translation>
        </message>
        <message>
            <source>the anonymised record is sent with the next sync</source>
            <translation>der anonymisierte Datensatz wird mit der nächsten Synchronisierung gesendet</translation>
        </message>
        <message>
            <source>The retention period is a number of years from 1 to 100.</source>
            <translation>Die Aufbewahrungsfrist ist eine Anzahl von Jahren zwischen 1 und 100.</translation>
        </message>
        <message>
            <source>a customer (customer id {id})</source>
            <translation>ein Kunde (Kunden-ID {id})</translation>
        </message>
        <message>
            <source>a supplier (supplier id {id})</source>
            <translation>ein Lieferant (Lieferanten-ID {id})</translation>
        </message>
        <message>
            <source>an alternative payer</source>
            <translation>ein abweichender Zahler</translation>
        </message>
        <message>
            <source>No contact has the id “{id}”.</source>
            <translation>Kein Kontakt hat die ID „{id}“.</translation>
        </message>
        <message>
            <source>own</source>
            <translation>eigene</translation>
        </message>
        <message>
            <source>works at</source>
            <translation>arbeitet bei</translation>
        </message>
        <message>
            <source>of another person</source>
            <translation>einer anderen Person</translation>
        </message>
        <message>
            <source>works here</source>
            <translation>arbeitet hier</translation>
        </message>
        <message>
            <source>E-mail {n}</source>
            <translation>E-Mail {n}</translation>
        </message>
        <message>
            <source>Phone {n}</source>
            <translation>Telefon {n}</translation>
        </message>
        <message>
            <source>Address {n}</source>
            <translation>Adresse {n}</translation>
        </message>
        <message>
            <source>Web {n}</source>
            <translation>Web {n}</translation>
        </message>
        <message>
            <source>Everything Kontor holds about this person, exported {at} UTC. The JSON file beside this report has every stored field.</source>
            <translation>Alles, was Kontor über diese Person gespeichert hat, exportiert am {at} UTC. Die JSON-Datei neben diesem Bericht enthält jedes gespeicherte Feld.</translation>
        </message>
        <message>
            <source>Everything Kontor holds about this organization, exported {at} UTC. The JSON file beside this report has every stored field.</source>
            <translation>Alles, was Kontor über diese Organisation gespeichert hat, exportiert am {at} UTC. Die JSON-Datei neben diesem Bericht enthält jedes gespeicherte Feld.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Addresses, phones, e-mails, web</source>
            <translation>Adressen, Telefon, E-Mail, Web</translation>
        </message>
        <message>
            <source>Work and relationships</source>
            <translation>Tätigkeiten und Beziehungen</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Customer lists</source>
            <translation>Kundenlisten</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Accounts holding this contact</source>
            <translation>Konten mit diesem Kontakt</translation>
        </message>
        <message>
            <source>id {id}, last synced {synced}</source>
            <translation>ID {id}, zuletzt synchronisiert {synced}</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>noch nicht gesendet</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Pictures</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Picture {n}</source>
            <translation>Bild {n}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPreferences</name>
        <message>
            <source>Privacy</source>
            <translation>Datenschutz</translation>
        </message>
        <message numerus="yes">
            <source> years</source>
            <translation>
                <numerusform> Jahr</numerusform>
                <numerusform> Jahre</numerusform>
            </translation>
        </message>
        <message>
            <source>People not changed here nor by any linked system for this long are listed under Retention, to review and erase.</source>
            <translation>Personen, die so lange weder hier noch von einem verknüpften System geändert wurden, werden unter „Aufbewahrung“ aufgeführt, damit Sie sie prüfen und löschen können.</translation>
        </message>
        <message>
            <source>&amp;Retention period:</source>
            <translation>&amp;Aufbewahrungsfrist:</translation>
        </message>
    </context>
    <context>
        <name>PrivacyUi</name>
        <message>
            <source>&amp;Export everything about this person…</source>
            <translation>Alles über diese Person e&amp;xportieren…</translation>
        </message>
        <message>
            <source>E&amp;rase this person…</source>
            <translation>Daten dieser Person &amp;löschen…</translation>
        </message>
        <message>
            <source>&amp;Retention list</source>
            <translation>&amp;Aufbewahrungsliste</translation>
        </message>
        <message>
            <source>&amp;Privacy</source>
            <translation>Da&amp;tenschutz</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people erased</source>
            <translation>
                <numerusform>Daten von %Ln Person gelöscht</numerusform>
                <numerusform>Daten von %Ln Personen gelöscht</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a contact in People or Organizations first.</source>
            <translation>Öffnen Sie zuerst einen Kontakt unter Personen oder Organisationen.</translation>
        </message>
        <message>
            <source>Export everything about this person to</source>
            <translation>Alles über diese Person exportieren nach</translation>
        </message>
        <message>
            <source>The PDF could not be written: {error}</source>
            <translation>Das PDF konnte nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>Exported everything about “{name}” to {folder}</source>
            <translation>Alles über „{name}“ nach {folder} exportiert</translation>
        </message>
        <message>
            <source>The person's data was erased</source>
            <translation>Die Daten der Person wurden gelöscht</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Datenschutz</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>Click to go to the field</source>
            <translation>Klicken, um zum Feld zu gehen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln errors — they must be fixed before saving; {warnings}</source>
            <translation>
                <numerusform>%Ln Fehler — muss vor dem Speichern behoben werden; {warnings}</numerusform>
                <numerusform>%Ln Fehler — müssen vor dem Speichern behoben werden; {warnings}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warnings</source>
            <translation>
                <numerusform>%Ln Warnung</numerusform>
                <numerusform>%Ln Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warnings — the contact can be saved</source>
            <translation>
                <numerusform>%Ln Warnung — der Kontakt kann gespeichert werden</numerusform>
                <numerusform>%Ln Warnungen — der Kontakt kann gespeichert werden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Quality</name>
        <message>
            <source>VAT numbers with wrong check digits</source>
            <translation>USt-IdNr. mit falschen Prüfziffern</translation>
        </message>
        <message>
            <source>VAT numbers (of organizations and in customer or supplier tax information) whose check digits, length or shape do not match their country's scheme.</source>
            <translation>USt-IdNr. (von Organisationen und in den Steuerangaben von Kunden oder Lieferanten), deren Prüfziffern, Länge oder Aufbau nicht dem Schema ihres Landes entsprechen.</translation>
        </message>
        <message>
            <source>GLNs with wrong check digits</source>
            <translation>GLN mit falschen Prüfziffern</translation>
        </message>
        <message>
            <source>Global Location Numbers of customer and supplier roles that are not 13 digits with a valid GS1 check digit.</source>
            <translation>Globale Lokationsnummern (GLN) von Kunden- und Lieferantenrollen, die nicht aus 13 Ziffern mit gültiger GS1-Prüfziffer bestehen.</translation>
        </message>
        <message>
            <source>Phone numbers that are not valid</source>
            <translation>Ungültige Telefonnummern</translation>
        </message>
        <message>
            <source>Numbers that cannot be read, or are not valid, for their country (the country of the first address when the number has no +country code).</source>
            <translation>Nummern, die nicht gelesen werden können oder für ihr Land nicht gültig sind (das Land der ersten Adresse, wenn die Nummer keine +Ländervorwahl hat).</translation>
        </message>
        <message>
            <source>E-mail addresses that fail the syntax check</source>
            <translation>E-Mail-Adressen mit fehlerhafter Syntax</translation>
        </message>
        <message>
            <source>Addresses that are not written the way an e-mail address must be (no network look-up).</source>
            <translation>Adressen, die nicht so geschrieben sind, wie eine E-Mail-Adresse geschrieben sein muss (ohne Abfrage im Netz).</translation>
        </message>
        <message>
            <source>Addresses: country or postal code missing or wrong</source>
            <translation>Adressen: Land oder PLZ fehlt oder ist falsch</translation>
        </message>
        <message>
            <source>Postal addresses missing the country or the postal code, or whose postal code does not have the shape used in its country.</source>
            <translation>Postanschriften, denen das Land oder die Postleitzahl fehlt oder deren Postleitzahl nicht dem Aufbau ihres Landes entspricht.</translation>
        </message>
        <message>
            <source>Values kept as received</source>
            <translation>Unverändert übernommene Werte</translation>
        </message>
        <message>
            <source>Values an import or a server sent that break a rule (an unknown type, country or usage, a web address that is not one…): kept as they came, but not accepted if typed.</source>
            <translation>Werte aus einem Import oder von einem Server, die gegen eine Regel verstoßen (ein unbekannter Typ, ein unbekanntes Land oder eine unbekannte Verwendung, eine Webadresse, die keine ist …): unverändert übernommen, bei Eingabe aber nicht akzeptiert.</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>Wahrscheinliche Dubletten</translation>
        </message>
        <message>
            <source>Contacts that share an e-mail address, phone number or VAT number with another contact (see Duplicates to merge them).</source>
            <translation>Kontakte, die eine E-Mail-Adresse, Telefonnummer oder USt-IdNr. mit einem anderen Kontakt teilen (unter „Dubletten“ können Sie sie zusammenführen).</translation>
        </message>
        <message>
            <source>Contacts without any way to reach them</source>
            <translation>Kontakte ohne jede Möglichkeit der Kontaktaufnahme</translation>
        </message>
        <message>
            <source>No e-mail address, phone number or postal address — neither their own nor at a workplace.</source>
            <translation>Keine E-Mail-Adresse, Telefonnummer oder Postanschrift — weder eigene noch an einem Arbeitsplatz.</translation>
        </message>
        <message>
            <source>People not active anywhere</source>
            <translation>Personen, die nirgends aktiv sind</translation>
        </message>
        <message>
            <source>People whose every professional identity and role is marked inactive.</source>
            <translation>Personen, deren Tätigkeiten und Rollen alle als inaktiv markiert sind.</translation>
        </message>
        <message>
            <source>the same e-mail as “{name}” ({value})</source>
            <translation>gleiche E-Mail wie „{name}“ ({value})</translation>
        </message>
        <message>
            <source>the same phone as “{name}” ({value})</source>
            <translation>gleiche Telefonnummer wie „{name}“ ({value})</translation>
        </message>
        <message>
            <source>the same VAT number as “{name}” ({value})</source>
            <translation>gleiche USt-IdNr. wie „{name}“ ({value})</translation>
        </message>
        <message>
            <source>“{value}” is not a known address type</source>
            <translation>„{value}“ ist kein bekannter Adresstyp</translation>
        </message>
        <message>
            <source>“{value}” is not a known address usage</source>
            <translation>„{value}“ ist keine bekannte Adressverwendung</translation>
        </message>
        <message>
            <source>“{value}” is not a known e-mail type</source>
            <translation>„{value}“ ist kein bekannter E-Mail-Typ</translation>
        </message>
        <message>
            <source>“{value}” is not a known phone type</source>
            <translation>„{value}“ ist kein bekannter Telefontyp</translation>
        </message>
        <message>
            <source>“{value}” is not a known phone usage</source>
            <translation>„{value}“ ist keine bekannte Telefonverwendung</translation>
        </message>
        <message>
            <source>“{value}” is not a known web address type</source>
            <translation>„{value}“ ist kein bekannter Webadressentyp</translation>
        </message>
        <message>
            <source>no e-mail address, phone number or postal address</source>
            <translation>keine E-Mail-Adresse, Telefonnummer oder Postanschrift</translation>
        </message>
        <message>
            <source>every professional identity and role is inactive</source>
            <translation>alle Tätigkeiten und Rollen sind inaktiv</translation>
        </message>
        <message>
            <source>“{value}” is not a known usage context</source>
            <translation>„{value}“ ist kein bekannter Verwendungskontext</translation>
        </message>
        <message>
            <source>the country is missing</source>
            <translation>das Land fehlt</translation>
        </message>
        <message>
            <source>the postal code is missing</source>
            <translation>die Postleitzahl fehlt</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>Die Prüfung wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>RecentChangesPage</name>
        <message>
            <source>Recent changes</source>
            <translation>Letzte Änderungen</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Show older</source>
            <translation>Ältere anzeigen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recent changes</source>
            <translation>
                <numerusform>%Ln letzte Änderung</numerusform>
                <numerusform>%Ln letzte Änderungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RelationshipRow</name>
        <message>
            <source>Type part of the person's name</source>
            <translation>Teil des Namens der Person eingeben</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
    </context>
    <context>
        <name>RelationshipsSection</name>
        <message>
            <source>Relationships</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <source>Add relationship</source>
            <translation>Beziehung hinzufügen</translation>
        </message>
        <message>
            <source>No relationships</source>
            <translation>Keine Beziehungen</translation>
        </message>
    </context>
    <context>
        <name>RepresentativeRow</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Active from</source>
            <translation>Aktiv ab</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>Retention</source>
            <translation>Aufbewahrung</translation>
        </message>
        <message numerus="yes">
            <source> years</source>
            <translation>
                <numerusform> Jahr</numerusform>
                <numerusform> Jahren</numerusform>
            </translation>
        </message>
        <message>
            <source>The book's retention period (also in Preferences)</source>
            <translation>Die Aufbewahrungsfrist des Adressbuchs (auch in den Einstellungen)</translation>
        </message>
        <message>
            <source>Keep as the book's period</source>
            <translation>Als Frist des Adressbuchs übernehmen</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Letzte Änderung</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Alle ankreuzen</translation>
        </message>
        <message>
            <source>Erase ticked…</source>
            <translation>Angekreuzte löschen…</translation>
        </message>
        <message>
            <source>People not changed for</source>
            <translation>Personen ohne Änderung seit</translation>
        </message>
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n Jahr</numerusform>
                <numerusform>%n Jahren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people not changed for {years}</source>
            <translation>
                <numerusform>%Ln Person seit {years} nicht geändert</numerusform>
                <numerusform>%Ln Personen seit {years} nicht geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Retention period: %n years</source>
            <translation>
                <numerusform>Aufbewahrungsfrist: %n Jahr</numerusform>
                <numerusform>Aufbewahrungsfrist: %n Jahre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erase %Ln people</source>
            <translation>
                <numerusform>Daten von %Ln Person löschen</numerusform>
                <numerusform>Daten von %Ln Personen löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erase all personal data of the %Ln ticked people? This cannot be undone. Records accounting needs are anonymised instead of deleted.</source>
            <translation>
                <numerusform>Alle personenbezogenen Daten der angekreuzten Person löschen? Dies kann nicht rückgängig gemacht werden. Datensätze, die die Buchhaltung benötigt, werden anonymisiert statt gelöscht.</numerusform>
                <numerusform>Alle personenbezogenen Daten der %Ln angekreuzten Personen löschen? Dies kann nicht rückgängig gemacht werden. Datensätze, die die Buchhaltung benötigt, werden anonymisiert statt gelöscht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people erased</source>
            <translation>
                <numerusform>Daten von %Ln Person gelöscht</numerusform>
                <numerusform>Daten von %Ln Personen gelöscht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln refused: {why}</source>
            <translation>
                <numerusform>, %Ln abgelehnt: {why}</numerusform>
                <numerusform>, %Ln abgelehnt: {why}</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the people to erase first</source>
            <translation>Kreuzen Sie zuerst die Personen an, deren Daten gelöscht werden sollen</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Löschen</translation>
        </message>
    </context>
    <context>
        <name>RowLabel</name>
        <message>
            <source>Kept on this computer only</source>
            <translation>Nur auf diesem Computer gespeichert</translation>
        </message>
    </context>
    <context>
        <name>RowList</name>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>A tag named “{name}” exists already.</source>
            <translation>Ein Schlagwort namens „{name}“ gibt es bereits.</translation>
        </message>
        <message>
            <source>“{name}” cannot be deleted for good: 1 person works there. Remove their professional identities first.</source>
            <translation>„{name}“ kann nicht endgültig gelöscht werden: 1 Person arbeitet dort. Entfernen Sie zuerst deren Tätigkeit.</translation>
        </message>
        <message>
            <source>“{name}” cannot be deleted for good: {count} people work there. Remove their professional identities first.</source>
            <translation>„{name}“ kann nicht endgültig gelöscht werden: {count} Personen arbeiten dort. Entfernen Sie zuerst deren Tätigkeiten.</translation>
        </message>
        <message>
            <source>An account named “{name}” exists already.</source>
            <extracomment>Filled by the accounts service from the account type's connector: the record is only read from there, never written (an organization linked to a Kanbert company) ... ... and what that system cannot do with such a record, in the user's language.</extracomment>
            <translation>Ein Konto namens „{name}“ gibt es bereits.</translation>
        </message>
    </context>
    <context>
        <name>StringListEditor</name>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>StructureSection</name>
        <message>
            <source>Departments</source>
            <translation>Abteilungen</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>Abteilung hinzufügen</translation>
        </message>
        <message>
            <source>No departments</source>
            <translation>Keine Abteilungen</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <source>Add location</source>
            <translation>Standort hinzufügen</translation>
        </message>
        <message>
            <source>No locations</source>
            <translation>Keine Standorte</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Mitgliedschaften</translation>
        </message>
        <message>
            <source>Add membership</source>
            <translation>Mitgliedschaft hinzufügen</translation>
        </message>
        <message>
            <source>No memberships</source>
            <translation>Keine Mitgliedschaften</translation>
        </message>
        <message>
            <source>Representatives</source>
            <translation>Vertreter</translation>
        </message>
        <message>
            <source>Add representative</source>
            <translation>Vertreter hinzufügen</translation>
        </message>
        <message>
            <source>No representatives</source>
            <translation>Keine Vertreter</translation>
        </message>
        <message>
            <source>Founders</source>
            <translation>Gründer</translation>
        </message>
        <message>
            <source>Leaders</source>
            <translation>Leiter</translation>
        </message>
    </context>
    <context>
        <name>SupplierBox</name>
        <message>
            <source>Supplier</source>
            <translation>Lieferant</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Our number at this supplier</source>
            <translation>Unsere Nummer bei diesem Lieferanten</translation>
        </message>
        <message>
            <source>13 digits</source>
            <translation>13 Ziffern</translation>
        </message>
        <message>
            <source>Assigned by the server</source>
            <translation>Vom Server vergeben</translation>
        </message>
        <message>
            <source>Supplier number</source>
            <translation>Lieferantennummer</translation>
        </message>
        <message>
            <source>Supplier since</source>
            <translation>Lieferant seit</translation>
        </message>
        <message>
            <source>My customer number</source>
            <translation>Meine Kundennummer</translation>
        </message>
        <message>
            <source>Managed by</source>
            <translation>Betreut von</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>USt-IdNr. (EU)</translation>
        </message>
        <message>
            <source>Tax registration no.</source>
            <translation>Steuernummer</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Creditor account</source>
            <translation>Kreditorenkonto</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>same VAT number ({key})</source>
            <extracomment>Records not linked yet taken in per transaction by a pull. In an account's settings: what its connector keeps between runs (a sync token). In the base of a record whose create answer was lost on a system with no read path: the user chose to send it again.</extracomment>
            <translation>gleiche USt-IdNr. ({key})</translation>
        </message>
        <message>
            <source>same e-mail ({key})</source>
            <translation>gleiche E-Mail ({key})</translation>
        </message>
        <message>
            <source>same phone ({key})</source>
            <translation>gleiche Telefonnummer ({key})</translation>
        </message>
        <message>
            <source>same name in {city}</source>
            <translation>gleicher Name in {city}</translation>
        </message>
        <message>
            <source>Sync failed: {error}</source>
            <translation>Synchronisierung fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Sending changes to {system}</source>
            <translation>Änderungen werden an {system} gesendet</translation>
        </message>
        <message>
            <source>Not sent this time: {reason}</source>
            <translation>Diesmal nicht gesendet: {reason}</translation>
        </message>
        <message>
            <source>“{name}” kept changing in {system} while it was sent; it is merged on the next run</source>
            <translation>„{name}“ hat sich in {system} während des Sendens immer wieder geändert; es wird beim nächsten Lauf zusammengeführt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>{system} refused “{name}”: {problems}</source>
            <translation>{system} hat „{name}“ abgelehnt: {problems}</translation>
        </message>
        <message>
            <source>Not sent: {field}</source>
            <translation>Nicht gesendet: {field}</translation>
        </message>
        <message>
            <source>record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>{problem} — fix it here</source>
            <translation>{problem} — bitte hier beheben</translation>
        </message>
        <message>
            <source>“{name}” was not sent to {system}: {problems} — fix it here.</source>
            <translation>„{name}“ wurde nicht an {system} gesendet: {problems} — bitte hier beheben.</translation>
        </message>
        <message>
            <source>{system}'s answer to creating this record was lost and it cannot be asked whether it made it. Retry sends it again (a second record if it did).</source>
            <translation>Die Antwort von {system} auf das Anlegen dieses Datensatzes ging verloren, und es lässt sich nicht abfragen, ob er angelegt wurde. „Erneut versuchen“ sendet ihn noch einmal (falls er angelegt wurde, entsteht ein zweiter Datensatz).</translation>
        </message>
        <message>
            <source>Answer lost</source>
            <translation>Antwort verloren</translation>
        </message>
        <message>
            <source>“{name}”: {note}</source>
            <translation>„{name}“: {note}</translation>
        </message>
        <message>
            <source>The server refused the credentials ({status}). Enter a valid API token for this account in Accounts; nothing was lost.</source>
            <translation>Der Server hat die Zugangsdaten abgelehnt ({status}). Geben Sie unter Konten ein gültiges API-Token für dieses Konto ein; es ist nichts verloren gegangen.</translation>
        </message>
        <message>
            <source>{system}'s list could not be read</source>
            <translation>Die Liste von {system} konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>made from this contact when the answer was lost</source>
            <translation>aus diesem Kontakt angelegt, als die Antwort verloren ging</translation>
        </message>
        <message>
            <source>“{name}” was sent to {system} before and the answer was lost; {system} cannot be asked whether it made it (it keeps no id of Kontor's). Its record of the same name waits for you: link or create.</source>
            <translation>„{name}“ wurde schon einmal an {system} gesendet, und die Antwort ging verloren; {system} kann nicht gefragt werden, ob der Datensatz angelegt wurde (es speichert keine ID von Kontor). Sein Datensatz mit demselben Namen wartet auf Sie: verknüpfen oder anlegen.</translation>
        </message>
        <message>
            <source>{field}: here {mine}, there {theirs}</source>
            <translation>{field}: hier {mine}, dort {theirs}</translation>
        </message>
        <message>
            <source>“{name}” changed here and in {system}: {fields} — choose which to keep.</source>
            <translation>„{name}“ wurde hier und in {system} geändert: {fields} — wählen Sie, was bleiben soll.</translation>
        </message>
        <message>
            <source>It cannot be deleted there.</source>
            <translation>Dort kann er nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>Not deleted in {system}</source>
            <translation>In {system} nicht gelöscht</translation>
        </message>
        <message>
            <source>“{name}” is in the trash here; {note}</source>
            <translation>„{name}“ ist hier im Papierkorb; {note}</translation>
        </message>
        <message>
            <source>Reading {system}</source>
            <translation>{system} wird gelesen</translation>
        </message>
        <message>
            <source>{system}'s list came back incomplete: nothing is taken as deleted this time.</source>
            <translation>Die Liste von {system} kam unvollständig zurück: Diesmal wird nichts als gelöscht betrachtet.</translation>
        </message>
        <message>
            <source>Taking in new records of {system}</source>
            <translation>Neue Datensätze von {system} werden übernommen</translation>
        </message>
        <message>
            <source>“{name}” linked to {system} ({reasons}).</source>
            <translation>„{name}“ mit {system} verknüpft ({reasons}).</translation>
        </message>
        <message>
            <source>“{name}” in {system} may be {candidates} here: link or create?</source>
            <translation>„{name}“ in {system} ist hier möglicherweise {candidates}: verknüpfen oder anlegen?</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>A record of {system} could not be read; it was skipped.</source>
            <translation>Ein Datensatz von {system} konnte nicht gelesen werden; er wurde übersprungen.</translation>
        </message>
        <message>
            <source>{system}'s list of companies came back incomplete: the companies its contacts name are taken in.</source>
            <translation>Die Unternehmensliste von {system} kam unvollständig zurück: Die Unternehmen, die seine Kontakte nennen, werden übernommen.</translation>
        </message>
        <message>
            <source>same name ({name})</source>
            <translation>gleicher Name ({name})</translation>
        </message>
        <message>
            <source>Checking what is gone</source>
            <translation>Prüfen, was entfernt wurde</translation>
        </message>
        <message>
            <source>Reading the server's organization contacts</source>
            <extracomment>the progress text while the server's contacts of a kind are read</extracomment>
            <translation>Organisationskontakte des Servers werden gelesen</translation>
        </message>
        <message>
            <source>Reading the server's individual contacts</source>
            <translation>Personenkontakte des Servers werden gelesen</translation>
        </message>
        <message>
            <source>address</source>
            <extracomment>the parts of a contact as the user reads them, in messages about one of them</extracomment>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>web address</source>
            <translation>Webadresse</translation>
        </message>
        <message>
            <source>personal relationship</source>
            <translation>Persönliche Beziehung</translation>
        </message>
        <message>
            <source>department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>Mitgliedschaft</translation>
        </message>
        <message>
            <source>customer role</source>
            <translation>Kundenrolle</translation>
        </message>
        <message>
            <source>supplier role</source>
            <translation>Lieferantenrolle</translation>
        </message>
        <message>
            <source>alternative payer role</source>
            <translation>Rolle als abweichender Zahler</translation>
        </message>
        <message>
            <source>The server's {kinds} were not all read: {reason}</source>
            <translation>Die {kinds} des Servers wurden nicht alle gelesen: {reason}</translation>
        </message>
        <message>
            <source>Matching the server's contacts with this book's</source>
            <translation>Kontakte des Servers werden mit denen dieses Adressbuchs abgeglichen</translation>
        </message>
        <message>
            <source>Sending changes</source>
            <translation>Änderungen werden gesendet</translation>
        </message>
        <message>
            <source>Changes sent</source>
            <translation>Änderungen gesendet</translation>
        </message>
        <message>
            <source>Not sent yet: {reason}</source>
            <translation>Noch nicht gesendet: {reason}</translation>
        </message>
        <message>
            <source>“{name}” was not sent and waits for the next sync: {reason}</source>
            <translation>„{name}“ wurde nicht gesendet und wartet auf die nächste Synchronisierung: {reason}</translation>
        </message>
        <message>
            <source>The server created a contact but sent no id.</source>
            <translation>Der Server hat einen Kontakt angelegt, aber keine ID gesendet.</translation>
        </message>
        <message>
            <source>“{name}” refers to records not on the server yet ({reference})</source>
            <translation>„{name}“ verweist auf Datensätze, die noch nicht auf dem Server sind ({reference})</translation>
        </message>
        <message>
            <source>edited again while syncing</source>
            <translation>während der Synchronisierung erneut bearbeitet</translation>
        </message>
        <message>
            <source>a {entity} refers to {reference}</source>
            <translation>ein Eintrag ({entity}) verweist auf {reference}</translation>
        </message>
        <message>
            <source>The server created a {entity} but sent no id.</source>
            <translation>Der Server hat einen Eintrag ({entity}) angelegt, aber keine ID gesendet.</translation>
        </message>
        <message>
            <source>a professional identity of “{name}” refers to {reference}</source>
            <translation>eine Tätigkeit von „{name}“ verweist auf {reference}</translation>
        </message>
        <message>
            <source>The server created an identity but sent no id.</source>
            <translation>Der Server hat eine Tätigkeit angelegt, aber keine ID gesendet.</translation>
        </message>
        <message>
            <source>the {role} of “{name}” refers to {reference}</source>
            <translation>{role} von „{name}“ verweist auf {reference}</translation>
        </message>
        <message>
            <source>The server refused the changes of “{name}”: {problems}</source>
            <translation>Der Server hat die Änderungen an „{name}“ abgelehnt: {problems}</translation>
        </message>
        <message>
            <source>The server's list of contacts is incomplete: {error}</source>
            <translation>Die Kontaktliste des Servers ist unvollständig: {error}</translation>
        </message>
        <message>
            <source>The server's list of contacts came with problems: {problems}</source>
            <translation>Die Kontaktliste des Servers kam mit Problemen: {problems}</translation>
        </message>
        <message>
            <source>Reading changes from the server</source>
            <translation>Änderungen werden vom Server gelesen</translation>
        </message>
        <message>
            <source>Not taken from the server yet: {name} ({reason})</source>
            <translation>Noch nicht vom Server übernommen: {name} ({reason})</translation>
        </message>
        <message>
            <source>Changes read</source>
            <translation>Änderungen gelesen</translation>
        </message>
        <message>
            <source>The server refused to send a contact: {error}</source>
            <translation>Der Server hat sich geweigert, einen Kontakt zu senden: {error}</translation>
        </message>
        <message>
            <source>it refers to records not here ({error})</source>
            <translation>er verweist auf Datensätze, die hier nicht vorhanden sind ({error})</translation>
        </message>
        <message>
            <source>Checking what is gone on the server</source>
            <translation>Prüfen, was auf dem Server entfernt wurde</translation>
        </message>
        <message>
            <source>{new} new and {updated} updated from the server</source>
            <translation>{new} neu und {updated} aktualisiert vom Server</translation>
        </message>
        <message>
            <source>placeholder customer</source>
            <extracomment>the kind as the user reads it, one and several (English: show with ``translate("Sync", label)``)</extracomment>
            <translation>Platzhalterkunde</translation>
        </message>
        <message>
            <source>placeholder customers</source>
            <translation>Platzhalterkunden</translation>
        </message>
        <message>
            <source>customer list</source>
            <translation>Kundenliste</translation>
        </message>
        <message>
            <source>customer lists</source>
            <translation>Kundenlisten</translation>
        </message>
        <message>
            <source>a member ({remote}) is not here yet</source>
            <translation>ein Mitglied ({remote}) ist noch nicht hier</translation>
        </message>
        <message>
            <source>The server sent an answer that cannot be read: {error}</source>
            <translation>Der Server hat eine Antwort gesendet, die nicht gelesen werden kann: {error}</translation>
        </message>
        <message>
            <source>Sync was cancelled; what was done so far is kept.</source>
            <translation>Die Synchronisierung wurde abgebrochen; was bisher erledigt ist, bleibt erhalten.</translation>
        </message>
        <message>
            <source>The server could not be reached ({error}); changes stay queued.</source>
            <translation>Der Server war nicht erreichbar ({error}); die Änderungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <source>{reason} Your changes stay queued.</source>
            <translation>{reason} Ihre Änderungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <source>The server failed ({error})</source>
            <translation>Fehler auf dem Server ({error})</translation>
        </message>
        <message>
            <source>The server refused the credentials ({status}). Enter a valid API token in Preferences; nothing was lost.</source>
            <translation>Der Server hat die Anmeldedaten abgelehnt ({status}). Geben Sie in den Einstellungen ein gültiges API-Token ein; es ist nichts verloren gegangen.</translation>
        </message>
        <message>
            <source>“{name}” was not sent: {problems} — fix it here.</source>
            <translation>„{name}“ wurde nicht gesendet: {problems} — bitte hier beheben.</translation>
        </message>
        <message>
            <source>The server refused the changes of the {kind} “{name}”.</source>
            <translation>Der Server hat die Änderungen an „{name}“ ({kind}) abgelehnt.</translation>
        </message>
        <message>
            <source>the {kind} “{name}” {reason}</source>
            <translation>{kind} „{name}“: {reason}</translation>
        </message>
        <message>
            <source>The server created a {kind} but sent no id.</source>
            <translation>Der Server hat einen Datensatz ({kind}) angelegt, aber keine ID gesendet.</translation>
        </message>
        <message>
            <source>Reading the server's {kinds}</source>
            <translation>{kinds} des Servers werden gelesen</translation>
        </message>
        <message>
            <source>The server's list of {kinds} is incomplete.</source>
            <translation>Die Liste der {kinds} des Servers ist unvollständig.</translation>
        </message>
        <message>
            <source>A {kind} was not taken from the server yet: {reason}</source>
            <translation>Ein Datensatz ({kind}) wurde noch nicht vom Server übernommen: {reason}</translation>
        </message>
        <message>
            <source>{where}: no remote id known for {value}; kept as is</source>
            <translation>{where}: keine entfernte ID für {value} bekannt; unverändert beibehalten</translation>
        </message>
        <message>
            <source>{where}: no local id known for {value}; kept as is</source>
            <translation>{where}: keine lokale ID für {value} bekannt; unverändert beibehalten</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>Zeitüberschreitung</translation>
        </message>
        <message>
            <source>network error ({error})</source>
            <translation>Netzwerkfehler ({error})</translation>
        </message>
        <message>
            <source>the card {href} cannot be read: {reason}</source>
            <extracomment>Properties Kontor's writer writes for every contact; a person's ``ORG`` / ``TITLE`` are not among them (Kontor keeps a person's organizations as contacts of their own), an organization's ``ORG`` is its name. Lines that are not the contact's: never merged, never changed by a write. A person's organization lines, kept with the contact (written back on export).</extracomment>
            <translation>die Karte {href} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>leer</translation>
        </message>
        <message>
            <source>enfore Contacts API</source>
            <translation>enfore Contacts API</translation>
        </message>
        <message>
            <source>Kanbert needs a first or a last name</source>
            <translation>Kanbert benötigt einen Vor- oder Nachnamen</translation>
        </message>
        <message>
            <source>Birthday: not a date — {value}</source>
            <translation>Geburtstag: kein Datum — {value}</translation>
        </message>
        <message>
            <source>Custom field “{key}”: Kanbert takes only text, yes/no, whole numbers or empty — {value}</source>
            <translation>Eigenes Feld „{key}“: Kanbert nimmt nur Text, Ja/Nein, Ganzzahlen oder leer an — {value}</translation>
        </message>
        <message>
            <source>E-mail: {reason}</source>
            <translation>E-Mail: {reason}</translation>
        </message>
        <message>
            <source>Country: Kanbert takes only ISO 3166-1 country codes — {code}</source>
            <translation>Land: Kanbert nimmt nur Ländercodes nach ISO 3166-1 an — {code}</translation>
        </message>
        <message>
            <source>KIP has no delete: the company stays registered there. Remove it in KIP by hand if it should go.</source>
            <translation>KIP kann nicht löschen: Das Unternehmen bleibt dort registriert. Entfernen Sie es in KIP von Hand, falls es weg soll.</translation>
        </message>
        <message>
            <source>KIP's answer to creating this company was lost, and KIP has no way to look a company up, so Kontor cannot tell whether KIP made it. Check in KIP: if the company is not there, Retry sends it again; if it is, untick “Registered with KIP” on the organization (a second send would register it twice).</source>
            <translation>Die Antwort von KIP auf das Anlegen dieses Unternehmens ging verloren, und KIP bietet keine Möglichkeit, ein Unternehmen nachzuschlagen; Kontor kann daher nicht feststellen, ob KIP es angelegt hat. Prüfen Sie in KIP: Ist das Unternehmen nicht vorhanden, sendet „Erneut versuchen“ es noch einmal; ist es vorhanden, entfernen Sie bei der Organisation das Häkchen „Bei KIP registriert“ (ein zweites Senden würde es doppelt registrieren).</translation>
        </message>
        <message>
            <source>KIP takes the VAT and company registration numbers when a company is registered and does not let them change afterwards.</source>
            <translation>KIP übernimmt USt-IdNr. und Handelsregisternummer bei der Registrierung eines Unternehmens und lässt sie danach nicht mehr ändern.</translation>
        </message>
        <message>
            <source>KIP</source>
            <translation>KIP</translation>
        </message>
        <message>
            <source>a name</source>
            <extracomment>KIP's field names, in the order of its create request. Kept in the base beside what KIP answered: never sent as a field of the company. What each KIP field is called for the user (English: shown with ``translate("Sync", ...)``), and where to fill it in.</extracomment>
            <translation>einen Namen</translation>
        </message>
        <message>
            <source>a street in the invoice address</source>
            <translation>eine Straße in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>a city in the invoice address</source>
            <translation>einen Ort in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>a post code in the invoice address</source>
            <translation>eine Postleitzahl in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>a country in the invoice address</source>
            <translation>ein Land in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation>eine Telefonnummer</translation>
        </message>
        <message>
            <source>a mobile phone number</source>
            <translation>eine Mobilnummer</translation>
        </message>
        <message>
            <source>an e-mail address for invoices</source>
            <translation>eine E-Mail-Adresse für Rechnungen</translation>
        </message>
        <message>
            <source>an invoice language</source>
            <translation>eine Rechnungssprache</translation>
        </message>
        <message>
            <source>KIP needs {what} — add one or leave this company out of KIP</source>
            <translation>KIP benötigt {what} — ergänzen Sie die Angabe oder nehmen Sie dieses Unternehmen aus KIP heraus</translation>
        </message>
        <message>
            <source>KIP needs a VAT number or a company registration number — add one or leave this company out of KIP</source>
            <translation>KIP benötigt eine USt-IdNr. oder eine Handelsregisternummer — ergänzen Sie eine davon oder nehmen Sie dieses Unternehmen aus KIP heraus</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>USt-IdNr.</translation>
        </message>
        <message>
            <source>Company registration</source>
            <translation>Handelsregisternummer</translation>
        </message>
        <message>
            <source>{field}: KIP takes at most 16 letters and digits — {value}</source>
            <translation>{field}: KIP nimmt höchstens 16 Buchstaben und Ziffern an — {value}</translation>
        </message>
        <message>
            <source>Country: KIP takes a code of 2 to 4 letters — {country}</source>
            <translation>Land: KIP nimmt einen Code aus 2 bis 4 Buchstaben an — {country}</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Webadresse</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Mitgliedschaft</translation>
        </message>
        <message>
            <source>Customer role</source>
            <translation>Kundenrolle</translation>
        </message>
        <message>
            <source>Supplier role</source>
            <translation>Lieferantenrolle</translation>
        </message>
        <message>
            <source>Alternative payer role</source>
            <translation>Rolle als abweichender Zahler</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Placeholder customer</source>
            <translation>Platzhalterkunde</translation>
        </message>
        <message>
            <source>Customer list</source>
            <translation>Kundenliste</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Changed here and on the server: choose which value to keep.</source>
            <translation>Hier und auf dem Server geändert: Wählen Sie, welcher Wert bleiben soll.</translation>
        </message>
        <message>
            <source>The server refused the changes: fix them and save, or retry.</source>
            <translation>Der Server hat die Änderungen abgelehnt: Beheben Sie die Probleme und speichern Sie, oder versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Changed here, but deleted on the server.</source>
            <translation>Hier geändert, aber auf dem Server gelöscht.</translation>
        </message>
        <message>
            <source>Deleted here, but changed on the server.</source>
            <translation>Hier gelöscht, aber auf dem Server geändert.</translation>
        </message>
        <message>
            <source>Deleted on the server: it stays here, no longer linked there. Nothing is deleted here; dismiss this notice once read.</source>
            <translation>Auf dem Server gelöscht: Es bleibt hier, nicht mehr dorthin verknüpft. Hier wird nichts gelöscht; blenden Sie diesen Hinweis aus, sobald Sie ihn gelesen haben.</translation>
        </message>
        <message>
            <source>Found on the server on the first sync and maybe a contact here already: link it to one or make it a new contact.</source>
            <translation>Bei der ersten Synchronisierung auf dem Server gefunden und hier möglicherweise schon als Kontakt vorhanden: Verknüpfen Sie ihn mit einem Kontakt oder legen Sie einen neuen an.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>{entity} · {field}</source>
            <translation>{entity} · {field}</translation>
        </message>
        <message>
            <source>edited ({fields})</source>
            <translation>bearbeitet ({fields})</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>Sync is not set up yet: enter the server address and the organization in Preferences.</source>
            <translation>Die Synchronisierung ist noch nicht eingerichtet: Geben Sie in den Einstellungen die Serveradresse und die Organisation ein.</translation>
        </message>
        <message>
            <source>No API token is stored for this server: enter it in Preferences (or set KONTOR_API_TOKEN).</source>
            <translation>Für diesen Server ist kein API-Token gespeichert: Geben Sie es in den Einstellungen ein (oder setzen Sie KONTOR_API_TOKEN).</translation>
        </message>
        <message>
            <source>Not sent: it breaks a rule the server checks too. Fix it here and save; the next sync sends it.</source>
            <translation>Nicht gesendet: Es verstößt gegen eine Regel, die auch der Server prüft. Beheben Sie das hier und speichern Sie; die nächste Synchronisierung sendet es.</translation>
        </message>
        <message>
            <source>Sent, but the answer was lost, and the system cannot be asked whether it made it. Retry sends it again — only if it is not there.</source>
            <translation>Gesendet, aber die Antwort ging verloren, und das System kann nicht gefragt werden, ob es den Datensatz angelegt hat. „Erneut versuchen“ sendet ihn noch einmal — nur, wenn er dort nicht vorhanden ist.</translation>
        </message>
        <message>
            <source>Changed here and there to different values: nothing of it was sent or taken. Retry sends the values here; or change them here.</source>
            <translation>Hier und dort auf unterschiedliche Werte geändert: Davon wurde nichts gesendet oder übernommen. „Erneut versuchen“ sendet die Werte von hier; oder ändern Sie sie hier.</translation>
        </message>
        <message>
            <source>this sync issue is not a conflict (or was settled already)</source>
            <translation>dieses Synchronisierungsproblem ist kein Konflikt (oder wurde bereits gelöst)</translation>
        </message>
        <message>
            <source>this sync issue is not about a deletion</source>
            <translation>dieses Synchronisierungsproblem betrifft keine Löschung</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobiltelefon</translation>
        </message>
        <message>
            <source>{field}: KIP takes at most {most} characters — {number}</source>
            <translation>{field}: KIP nimmt höchstens {most} Zeichen an — {number}</translation>
        </message>
        <message>
            <source>E-mail for KIP: {reason}</source>
            <translation>E-Mail für KIP: {reason}</translation>
        </message>
        <message>
            <source>Invoice language: KIP takes a code of 2 or 3 letters — {language}</source>
            <translation>Rechnungssprache: KIP nimmt einen Code aus 2 oder 3 Buchstaben an — {language}</translation>
        </message>
        <message>
            <source>The partner portal has no delete: the organization stays there. Remove it on the portal by hand if it should go.</source>
            <translation>Das Partnerportal kann nicht löschen: Die Organisation bleibt dort. Entfernen Sie sie im Portal von Hand, falls sie weg soll.</translation>
        </message>
        <message>
            <source>Partner portal</source>
            <translation>Partnerportal</translation>
        </message>
        <message>
            <source>Country: the portal's id {id} is unknown</source>
            <translation>Land: Die ID {id} des Portals ist unbekannt</translation>
        </message>
        <message>
            <source>State: the portal's id {id} is unknown</source>
            <translation>Bundesland: Die ID {id} des Portals ist unbekannt</translation>
        </message>
        <message>
            <source>The partner portal needs a name</source>
            <translation>Das Partnerportal benötigt einen Namen</translation>
        </message>
        <message>
            <source>The partner portal needs an organization type: {types}</source>
            <translation>Das Partnerportal benötigt einen Organisationstyp: {types}</translation>
        </message>
        <message>
            <source>Organization type: the partner portal does not know “{kind}” — it takes {types}</source>
            <translation>Organisationstyp: Das Partnerportal kennt „{kind}“ nicht — es nimmt {types} an</translation>
        </message>
        <message>
            <source>Post code: must be a number for the partner portal — {code}</source>
            <translation>PLZ: muss für das Partnerportal eine Zahl sein — {code}</translation>
        </message>
        <message>
            <source>Post code: the partner portal keeps it as a number and would lose the leading zero — {code}</source>
            <translation>PLZ: Das Partnerportal speichert sie als Zahl und würde die führende Null verlieren — {code}</translation>
        </message>
        <message>
            <source>Country: the partner portal does not know {country}</source>
            <translation>Land: Das Partnerportal kennt {country} nicht</translation>
        </message>
        <message>
            <source>State: the partner portal does not know “{state}” in {country}</source>
            <translation>Bundesland: Das Partnerportal kennt „{state}“ in {country} nicht</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>{field}: cannot be split into country code and number — {number}</source>
            <translation>{field}: kann nicht in Ländervorwahl und Nummer aufgeteilt werden — {number}</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Workspace</translation>
        </message>
        <message>
            <source>name</source>
            <extracomment>What each field is called for the user (English: shown with ``translate("Sync", ...)``).</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>opening hour</source>
            <translation>Öffnungszeit</translation>
        </message>
        <message>
            <source>closing hour</source>
            <translation>Schließzeit</translation>
        </message>
        <message>
            <source>Location “{name}”</source>
            <translation>Standort „{name}“</translation>
        </message>
        <message>
            <source>A location</source>
            <translation>Ein Standort</translation>
        </message>
        <message>
            <source>{location}: the workspace needs a name for every location</source>
            <translation>{location}: Der Workspace benötigt für jeden Standort einen Namen</translation>
        </message>
        <message>
            <source>{location}: the {field} must be an hour from 0 to 23 — {value}</source>
            <translation>{location}: {field} muss eine Stunde von 0 bis 23 sein — {value}</translation>
        </message>
        <message>
            <source>{location}: opens at {opens} and closes at {closes} — the opening hour must be before the closing hour</source>
            <translation>{location}: öffnet um {opens} und schließt um {closes} — die Öffnungszeit muss vor der Schließzeit liegen</translation>
        </message>
        <message>
            <source>The workspace API has no delete: the location stays in the workspace and is no longer synced. Remove it in the workspace by hand if it should go.</source>
            <translation>Die Workspace-API kann nicht löschen: Der Standort bleibt im Workspace und wird nicht mehr synchronisiert. Entfernen Sie ihn im Workspace von Hand, falls er weg soll.</translation>
        </message>
        <message>
            <source>Reading the workspace organization</source>
            <translation>Organisation im Workspace wird gelesen</translation>
        </message>
        <message>
            <source>Reading countries and languages</source>
            <translation>Länder und Sprachen werden gelesen</translation>
        </message>
        <message>
            <source>Syncing the locations</source>
            <translation>Standorte werden synchronisiert</translation>
        </message>
        <message>
            <source>Choose “our own organization” in the account to sync its locations.</source>
            <translation>Wählen Sie im Konto „Eigene Organisation“, um deren Standorte zu synchronisieren.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>“Our own organization” chosen in the account is not in the address book (or is in the trash): choose it again in the account.</source>
            <translation>Die im Konto gewählte „eigene Organisation“ ist nicht im Adressbuch (oder im Papierkorb): Wählen Sie sie im Konto erneut.</translation>
        </message>
        <message>
            <source>the workspace's locations could not be read</source>
            <translation>die Standorte des Workspace konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>Location “{name}” was removed here. {note}</source>
            <translation>Standort „{name}“ wurde hier entfernt. {note}</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Nicht gesendet</translation>
        </message>
        <message>
            <source>{problem} — fix it here.</source>
            <translation>{problem} — bitte hier beheben.</translation>
        </message>
        <message>
            <source>{title}: {detail}</source>
            <translation>{title}: {detail}</translation>
        </message>
        <message>
            <source>The workspace refused location “{name}”: {problems}</source>
            <translation>Der Workspace hat den Standort „{name}“ abgelehnt: {problems}</translation>
        </message>
        <message>
            <source>Location “{name}”, {field}</source>
            <translation>Standort „{name}“, {field}</translation>
        </message>
        <message>
            <source>changed here to {mine} and in the workspace to {theirs}. Nothing of this location was sent or taken. Retry sends the value here; or type the workspace's value here.</source>
            <translation>hier auf {mine} und im Workspace auf {theirs} geändert. Von diesem Standort wurde nichts gesendet oder übernommen. „Erneut versuchen“ sendet den Wert von hier; oder geben Sie hier den Wert des Workspace ein.</translation>
        </message>
        <message>
            <source>in the workspace</source>
            <translation>im Workspace</translation>
        </message>
        <message>
            <source>{problem}: not taken</source>
            <translation>{problem}: nicht übernommen</translation>
        </message>
        <message>
            <source>The remote record does not describe one contact.</source>
            <translation>Der entfernte Datensatz beschreibt nicht genau einen Kontakt.</translation>
        </message>
        <message>
            <source>That contact is no longer in the address book.</source>
            <translation>Dieser Kontakt ist nicht mehr im Adressbuch.</translation>
        </message>
        <message>
            <source>A person can only be linked to a person, an organization to an organization.</source>
            <translation>Eine Person kann nur mit einer Person verknüpft werden, eine Organisation nur mit einer Organisation.</translation>
        </message>
        <message>
            <source>The remote record cannot be read: {error}</source>
            <translation>Der entfernte Datensatz kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>This record was linked or created already.</source>
            <translation>Dieser Datensatz wurde bereits verknüpft oder angelegt.</translation>
        </message>
        <message>
            <source>This remote record is linked to another contact already.</source>
            <translation>Dieser entfernte Datensatz ist bereits mit einem anderen Kontakt verknüpft.</translation>
        </message>
        <message>
            <source>That contact is linked to another record of this account already: choose another one or create a new contact.</source>
            <translation>Dieser Kontakt ist bereits mit einem anderen Datensatz dieses Kontos verknüpft: Wählen Sie einen anderen oder legen Sie einen neuen Kontakt an.</translation>
        </message>
        <message>
            <source>This account is synced by its own run.</source>
            <extracomment>Account types whose queued edits of contacts they do not carry are dropped.</extracomment>
            <translation>Dieses Konto wird in einem eigenen Lauf synchronisiert.</translation>
        </message>
        <message>
            <source>this sync issue was settled already</source>
            <translation>dieses Synchronisierungsproblem wurde bereits gelöst</translation>
        </message>
        <message>
            <source>Kanbert's companies are read here, never written: Kontor cannot create or change a company there.</source>
            <extracomment>The kind of Kanbert's companies here (their sync records), read and linked, never written.</extracomment>
            <translation>Die Unternehmen von Kanbert werden hier gelesen, nie geschrieben: Kontor kann dort kein Unternehmen anlegen oder ändern.</translation>
        </message>
        <message>
            <source>Gone from {system}</source>
            <extracomment>How the sync issues present the notice of a contact whose related record is gone from the system. It is stored as an issue of kind ``rejected`` (the kinds the database allows) whose detail has :data:`GONE_FLAG` set.</extracomment>
            <translation>Aus {system} verschwunden</translation>
        </message>
        <message>
            <source>{system} no longer has “{name}” (deleted there). The organization stays here, no longer linked to {system}; work details at it stay here only.</source>
            <translation>{system} hat „{name}“ nicht mehr (dort gelöscht). Die Organisation bleibt hier, nicht mehr mit {system} verknüpft; Tätigkeiten bei ihr bleiben nur hier.</translation>
        </message>
        <message>
            <source>“{name}” is no longer in {system}: the organization stays here, unlinked from it.</source>
            <translation>„{name}“ ist nicht mehr in {system}: Die Organisation bleibt hier, ohne Verknüpfung dorthin.</translation>
        </message>
        <message>
            <source>Offline: cannot reach {server}.</source>
            <translation>Offline: {server} ist nicht erreichbar.</translation>
        </message>
        <message>
            <source>Offline: cannot find {server} (check the address and the network).</source>
            <translation>Offline: {server} wurde nicht gefunden (Adresse und Netzwerk prüfen).</translation>
        </message>
        <message>
            <source>The server {server} did not answer in time.</source>
            <translation>Der Server {server} hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>The connection to {server} broke off.</source>
            <translation>Die Verbindung zu {server} ist abgebrochen.</translation>
        </message>
        <message>
            <source>Offline: cannot reach the server.</source>
            <translation>Offline: Der Server ist nicht erreichbar.</translation>
        </message>
        <message>
            <source>Offline: cannot find the server (check the address and the network).</source>
            <translation>Offline: Der Server wurde nicht gefunden (Adresse und Netzwerk prüfen).</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>The connection to the server broke off.</source>
            <translation>Die Verbindung zum Server ist abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Sync failed: {reason}</source>
            <translation>Synchronisierung fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>Enter the server address and the organization in Preferences.</source>
            <translation>Geben Sie in den Einstellungen die Serveradresse und die Organisation ein.</translation>
        </message>
    </context>
    <context>
        <name>SyncIssuesPage</name>
        <message>
            <source>Sync issues</source>
            <translation>Synchronisierungsprobleme</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Show the issues of one account</source>
            <translation>Die Probleme eines Kontos anzeigen</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Meine</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Click the value to keep, or select it and press Space</source>
            <translation>Klicken Sie auf den Wert, der bleiben soll, oder wählen Sie ihn aus und drücken Sie die Leertaste</translation>
        </message>
        <message>
            <source>Base is the value both sides last agreed on. Click the value to keep in each row (or select it and press Space), then apply.</source>
            <translation>Basis ist der Wert, auf den sich beide Seiten zuletzt geeinigt haben. Klicken Sie in jeder Zeile auf den Wert, der bleiben soll (oder wählen Sie ihn aus und drücken Sie die Leertaste), und übernehmen Sie dann die Auswahl.</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>Alle &amp;meinen behalten</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Alle vom &amp;Server übernehmen</translation>
        </message>
        <message>
            <source>Edit &amp;contact…</source>
            <translation>&amp;Kontakt bearbeiten…</translation>
        </message>
        <message>
            <source>Apply the choices, then open the contact in its editor</source>
            <translation>Auswahl übernehmen, dann den Kontakt im Editor öffnen</translation>
        </message>
        <message>
            <source>&amp;Apply choices</source>
            <translation>Auswahl ü&amp;bernehmen</translation>
        </message>
        <message>
            <source>What the server said:</source>
            <translation>Antwort des Servers:</translation>
        </message>
        <message>
            <source>Fix the contact in its editor and save, then retry; or retry as it is when the server's problem is gone.</source>
            <translation>Korrigieren Sie den Kontakt im Editor, speichern Sie und versuchen Sie es erneut; oder versuchen Sie es unverändert erneut, wenn das Problem des Servers behoben ist.</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <source>Send the contact again with the next sync</source>
            <translation>Den Kontakt mit der nächsten Synchronisierung erneut senden</translation>
        </message>
        <message>
            <source>Review it: link it to the contact it is, or make it a new contact. Until then it is neither merged nor added.</source>
            <translation>Prüfen Sie ihn: Verknüpfen Sie ihn mit dem passenden Kontakt oder legen Sie ihn als neuen Kontakt an. Bis dahin wird er weder zusammengeführt noch hinzugefügt.</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>&amp;Prüfen…</translation>
        </message>
        <message>
            <source>Link or create, record by record</source>
            <translation>Verknüpfen oder anlegen, Datensatz für Datensatz</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Alle Konten</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Nicht gesendet</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>Refused by the server</source>
            <translation>Vom Server abgelehnt</translation>
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation>Auf dem Server gelöscht</translation>
        </message>
        <message>
            <source>Changed on the server</source>
            <translation>Auf dem Server geändert</translation>
        </message>
        <message>
            <source>Gone from the server</source>
            <translation>Vom Server verschwunden</translation>
        </message>
        <message>
            <source>Link or create</source>
            <translation>Verknüpfen oder anlegen</translation>
        </message>
        <message>
            <source>“{name}” was changed here and on the server. Choose which value to keep for each field.</source>
            <translation>„{name}“ wurde hier und auf dem Server geändert. Wählen Sie für jedes Feld den Wert, der bleiben soll.</translation>
        </message>
        <message>
            <source>The server refused the changes to “{name}”.</source>
            <translation>Der Server hat die Änderungen an „{name}“ abgelehnt.</translation>
        </message>
        <message>
            <source>You changed “{name}” here, but it was deleted on the server.</source>
            <translation>Sie haben „{name}“ hier geändert, aber auf dem Server wurde der Kontakt gelöscht.</translation>
        </message>
        <message>
            <source>You deleted “{name}” here, but it was changed on the server meanwhile.</source>
            <translation>Sie haben „{name}“ hier gelöscht, aber auf dem Server wurde der Kontakt inzwischen geändert.</translation>
        </message>
        <message>
            <source>“{name}” came with the first sync of {account} and may be a contact here already.</source>
            <translation>„{name}“ kam mit der ersten Synchronisierung von {account} und ist hier möglicherweise schon als Kontakt vorhanden.</translation>
        </message>
        <message>
            <source>“{name}” was deleted in {account}. It stays here, no longer linked to {account}; nothing was deleted here.</source>
            <translation>„{name}“ wurde in {account} gelöscht. Es bleibt hier, nicht mehr mit {account} verknüpft; hier wurde nichts gelöscht.</translation>
        </message>
        <message>
            <source>this account</source>
            <translation>diesem Konto</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>No sync issues</source>
            <translation>Keine Synchronisierungsprobleme</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sync issues</source>
            <translation>
                <numerusform>%Ln Synchronisierungsproblem</numerusform>
                <numerusform>%Ln Synchronisierungsprobleme</numerusform>
            </translation>
        </message>
        <message>
            <source>No sync issues. Conflicts and changes the server refused show up here.</source>
            <translation>Keine Synchronisierungsprobleme. Konflikte und vom Server abgelehnte Änderungen erscheinen hier.</translation>
        </message>
        <message>
            <source>Choose an issue on the left.</source>
            <translation>Wählen Sie links ein Problem aus.</translation>
        </message>
        <message>
            <source>The server gave no reason.</source>
            <translation>Der Server hat keinen Grund angegeben.</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>Was geschehen ist:</translation>
        </message>
        <message>
            <source>The contact here is kept as it is. Dismiss this notice once read.</source>
            <translation>Der Kontakt hier bleibt, wie er ist. Blenden Sie diesen Hinweis aus, sobald Sie ihn gelesen haben.</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Ausblenden</translation>
        </message>
        <message>
            <source>Take this notice away</source>
            <translation>Diesen Hinweis entfernen</translation>
        </message>
        <message>
            <source>&amp;Keep my version (send it again)</source>
            <translation>Meine Version &amp;behalten (erneut senden)</translation>
        </message>
        <message>
            <source>The contact is made again on the server, with your changes.</source>
            <translation>Der Kontakt wird mit Ihren Änderungen auf dem Server neu angelegt.</translation>
        </message>
        <message>
            <source>A&amp;ccept the deletion</source>
            <translation>Löschung &amp;akzeptieren</translation>
        </message>
        <message>
            <source>The contact goes to the trash here; your changes to it are dropped.</source>
            <translation>Der Kontakt kommt hier in den Papierkorb; Ihre Änderungen daran werden verworfen.</translation>
        </message>
        <message>
            <source>&amp;Delete on the server too</source>
            <translation>Auch auf dem Server &amp;löschen</translation>
        </message>
        <message>
            <source>Your deletion is sent; the server's changes are dropped.</source>
            <translation>Ihre Löschung wird gesendet; die Änderungen des Servers werden verworfen.</translation>
        </message>
        <message>
            <source>&amp;Restore the server's version</source>
            <translation>Version des Servers &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>The contact comes back from the trash as the server has it.</source>
            <translation>Der Kontakt kommt aus dem Papierkorb zurück, so wie der Server ihn hat.</translation>
        </message>
        <message>
            <source>Conflict of “{name}” settled</source>
            <translation>Konflikt bei „{name}“ gelöst</translation>
        </message>
        <message>
            <source>“{name}” settled</source>
            <translation>„{name}“ erledigt</translation>
        </message>
        <message>
            <source>“{name}” is sent again with the next sync</source>
            <translation>„{name}“ wird mit der nächsten Synchronisierung erneut gesendet</translation>
        </message>
        <message>
            <source>Notice about “{name}” dismissed</source>
            <translation>Hinweis zu „{name}“ ausgeblendet</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Show the changes the next sync sends</source>
            <translation>Die Änderungen anzeigen, die die nächste Synchronisierung sendet</translation>
        </message>
        <message>
            <source>Show the sync issues</source>
            <translation>Synchronisierungsprobleme anzeigen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the sync; what was done so far is kept</source>
            <translation>Synchronisierung anhalten; was bisher erledigt ist, bleibt erhalten</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Nie synchronisiert</translation>
        </message>
        <message>
            <source>Last sync {time}</source>
            <translation>Letzte Synchronisierung {time}</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>Not synced (off)</source>
            <translation>Nicht synchronisiert (aus)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes to send</source>
            <translation>
                <numerusform>%Ln Änderung zu senden</numerusform>
                <numerusform>%Ln Änderungen zu senden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sync issues</source>
            <translation>
                <numerusform>%Ln Synchronisierungsproblem</numerusform>
                <numerusform>%Ln Synchronisierungsprobleme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to send</source>
            <translation>
                <numerusform>%Ln zu senden</numerusform>
                <numerusform>%Ln zu senden</numerusform>
            </translation>
        </message>
        <message>
            <source>last sync {time}</source>
            <translation>letzte Synchronisierung {time}</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>nie synchronisiert</translation>
        </message>
        <message>
            <source>Click to open Accounts and enter a valid token for “{name}”.</source>
            <translation>Klicken Sie, um Konten zu öffnen und ein gültiges Token für „{name}“ einzugeben.</translation>
        </message>
        <message>
            <source>Click to open Accounts.</source>
            <translation>Klicken Sie, um Konten zu öffnen.</translation>
        </message>
        <message>
            <source>Click to open Preferences.</source>
            <translation>Klicken Sie, um die Einstellungen zu öffnen.</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>The last sync reached the server</source>
            <translation>Die letzte Synchronisierung hat den Server erreicht</translation>
        </message>
        <message>
            <source>The server could not be reached</source>
            <translation>Der Server war nicht erreichbar</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>{why} Click to open Accounts.</source>
            <translation>{why} Klicken Sie, um Konten zu öffnen.</translation>
        </message>
        <message>
            <source>{why} Click to open Preferences.</source>
            <translation>{why} Klicken, um die Einstellungen zu öffnen.</translation>
        </message>
        <message>
            <source>Not set up</source>
            <translation>Nicht eingerichtet</translation>
        </message>
        <message>
            <source>The server refused the API token.</source>
            <translation>Der Server hat das API-Token abgelehnt.</translation>
        </message>
        <message>
            <source>The server refused the API token. Click to open Accounts.</source>
            <translation>Der Server hat das API-Token abgelehnt. Klicken Sie, um Konten zu öffnen.</translation>
        </message>
        <message>
            <source>The server refused the API token. Click to open Preferences.</source>
            <translation>Der Server hat das API-Token abgelehnt. Klicken, um die Einstellungen zu öffnen.</translation>
        </message>
        <message>
            <source>Token refused</source>
            <translation>Token abgelehnt</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Synchronisierung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>Sync now with F5</source>
            <translation>Jetzt synchronisieren mit F5</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Wird synchronisiert…</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <source>Checking deletions</source>
            <translation>Löschungen prüfen</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Synchronisieren</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Deletions wait</source>
            <translation>Löschungen warten</translation>
        </message>
        <message>
            <source>Contacts deleted on the server, more than the safety limit allows at once, are still here: nothing is deleted before you say yes.</source>
            <translation>Auf dem Server gelöschte Kontakte, mehr als die Sicherheitsgrenze auf einmal erlaubt, sind hier noch vorhanden: Nichts wird gelöscht, bevor Sie zustimmen.</translation>
        </message>
        <message>
            <source>Click to review them.</source>
            <translation>Klicken Sie, um sie zu prüfen.</translation>
        </message>
        <message>
            <source>Click to review what “{name}” holds back.</source>
            <translation>Klicken Sie, um zu prüfen, was „{name}“ zurückhält.</translation>
        </message>
    </context>
    <context>
        <name>SyncUi</name>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Send your changes and fetch what changed, in every account (F5)</source>
            <translation>Ihre Änderungen senden und Änderungen abrufen, in allen Konten (F5)</translation>
        </message>
        <message>
            <source>&amp;Cancel sync</source>
            <translation>Synchronisierung a&amp;bbrechen</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>&amp;Synchronisierung</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Konten…</translation>
        </message>
        <message>
            <source>&amp;Link or create…</source>
            <translation>&amp;Verknüpfen oder anlegen…</translation>
        </message>
        <message>
            <source>Records of a new account that may be contacts here already</source>
            <translation>Datensätze eines neuen Kontos, die hier möglicherweise schon als Kontakte vorhanden sind</translation>
        </message>
        <message>
            <source>Sync &amp;other accounts</source>
            <translation>&amp;Andere Konten synchronisieren</translation>
        </message>
        <message>
            <source>Sync every enabled account but enfore once (KIP, workspace, …)</source>
            <translation>Alle aktivierten Konten außer enfore einmal synchronisieren (KIP, Workspace, …)</translation>
        </message>
        <message>
            <source>A sync is running already.</source>
            <translation>Es läuft bereits eine Synchronisierung.</translation>
        </message>
        <message>
            <source>No other account to sync.</source>
            <translation>Kein anderes Konto zu synchronisieren.</translation>
        </message>
        <message>
            <source>Syncing {names}…</source>
            <translation>{names} wird synchronisiert…</translation>
        </message>
        <message>
            <source>The server refused the API token</source>
            <translation>Der Server hat das API-Token abgelehnt</translation>
        </message>
        <message>
            <source>Sync is not set up</source>
            <translation>Synchronisierung ist nicht eingerichtet</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Synchronisierung fehlgeschlagen</translation>
        </message>
        <message>
            <source>{reason} Your changes stay queued.</source>
            <translation>{reason} Ihre Änderungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <source>Offline: the server could not be reached; your changes stay queued.</source>
            <translation>Offline: Der Server war nicht erreichbar; Ihre Änderungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <source>Sync cancelled; what was done so far is kept.</source>
            <translation>Synchronisierung abgebrochen; was bisher erledigt ist, bleibt erhalten.</translation>
        </message>
        <message>
            <source>The server refused the API token: enter a valid one in Preferences. Nothing was lost.</source>
            <translation>Der Server hat das API-Token abgelehnt: Geben Sie in den Einstellungen ein gültiges ein. Es ist nichts verloren gegangen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes sent</source>
            <translation>
                <numerusform>%Ln Änderung gesendet</numerusform>
                <numerusform>%Ln Änderungen gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln received</source>
            <translation>
                <numerusform>%Ln empfangen</numerusform>
                <numerusform>%Ln empfangen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln merged</source>
            <translation>
                <numerusform>%Ln zusammengeführt</numerusform>
                <numerusform>%Ln zusammengeführt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deleted</source>
            <translation>
                <numerusform>%Ln gelöscht</numerusform>
                <numerusform>%Ln gelöscht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln conflicts</source>
            <translation>
                <numerusform>%Ln Konflikt</numerusform>
                <numerusform>%Ln Konflikte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln refused</source>
            <translation>
                <numerusform>%Ln abgelehnt</numerusform>
                <numerusform>%Ln abgelehnt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deletions wait for your confirmation</source>
            <translation>
                <numerusform>%Ln Löschung wartet auf Ihre Bestätigung</numerusform>
                <numerusform>%Ln Löschungen warten auf Ihre Bestätigung</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts were deleted on the server. Delete them here too?</source>
            <translation>
                <numerusform>%Ln Kontakt wurde auf dem Server gelöscht. Auch hier löschen?</numerusform>
                <numerusform>%Ln Kontakte wurden auf dem Server gelöscht. Auch hier löschen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced: {line}; {waiting}</source>
            <translation>Synchronisiert: {line}; {waiting}</translation>
        </message>
        <message>
            <source>{name}: sync failed ({reason})</source>
            <translation>{name}: Synchronisierung fehlgeschlagen ({reason})</translation>
        </message>
        <message>
            <source>{name}: synced</source>
            <translation>{name}: synchronisiert</translation>
        </message>
        <message>
            <source>{name}: some records could not be synced — see Sync issues</source>
            <translation>{name}: Einige Datensätze konnten nicht synchronisiert werden – siehe Synchronisierungsprobleme</translation>
        </message>
        <message>
            <source>{name}: not everything could be synced; the rest waits for the next sync</source>
            <translation>{name}: Nicht alles konnte synchronisiert werden; der Rest wartet auf die nächste Synchronisierung</translation>
        </message>
        <message>
            <source>{name}: {reason} Changes stay queued.</source>
            <translation>{name}: {reason} Änderungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <source>{name}: offline — the server could not be reached; changes stay queued</source>
            <translation>{name}: offline – der Server war nicht erreichbar; Änderungen bleiben in der Warteschlange</translation>
        </message>
        <message>
            <source>{name}: the server refused the token — enter a valid one in Accounts</source>
            <translation>{name}: Der Server hat das Token abgelehnt – geben Sie unter Konten ein gültiges ein</translation>
        </message>
        <message>
            <source>{name}: sync cancelled; what was done so far is kept</source>
            <translation>{name}: Synchronisierung abgebrochen; was bisher erledigt wurde, bleibt erhalten</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Übernehmen</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Trennen</translation>
        </message>
        <message>
            <source>Gone from {account}</source>
            <translation>Aus {account} verschwunden</translation>
        </message>
        <message>
            <source>Sync incomplete: {line}</source>
            <translation>Synchronisierung unvollständig: {line}</translation>
        </message>
        <message>
            <source>Synced: {line}</source>
            <translation>Synchronisiert: {line}</translation>
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation>Auf dem Server gelöscht</translation>
        </message>
        <message>
            <source>&amp;Delete here too</source>
            <translation>Auch &amp;hier löschen</translation>
        </message>
        <message>
            <source>Open &amp;Preferences…</source>
            <translation>&amp;Einstellungen öffnen…</translation>
        </message>
    </context>
    <context>
        <name>TagsPage</name>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Filter tags…</source>
            <translation>Schlagwörter filtern…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Rename the tag on every contact (F2)</source>
            <translation>Schlagwort bei allen Kontakten umbenennen (F2)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Take the tag from every contact and delete it</source>
            <translation>Schlagwort von allen Kontakten entfernen und löschen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln tags</source>
            <translation>
                <numerusform>%Ln Schlagwort</numerusform>
                <numerusform>%Ln Schlagwörter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln Treffer</numerusform>
                <numerusform>%Ln Treffer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove tag “{name}” from %Ln contacts?</source>
            <translation>
                <numerusform>Schlagwort „{name}“ von %Ln Kontakt entfernen?</numerusform>
                <numerusform>Schlagwort „{name}“ von %Ln Kontakten entfernen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag “{name}” deleted and taken from %Ln contacts</source>
            <translation>
                <numerusform>Schlagwort „{name}“ gelöscht und von %Ln Kontakt entfernt</numerusform>
                <numerusform>Schlagwort „{name}“ gelöscht und von %Ln Kontakten entfernt</numerusform>
            </translation>
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation>{matches} unter {total}</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Schlagwort umbenennen</translation>
        </message>
        <message>
            <source>New name of the tag “{name}”:</source>
            <translation>Neuer Name des Schlagworts „{name}“:</translation>
        </message>
        <message>
            <source>The tag was deleted meanwhile</source>
            <translation>Das Schlagwort wurde inzwischen gelöscht</translation>
        </message>
        <message>
            <source>Tag “{old}” renamed to “{new}”</source>
            <translation>Schlagwort „{old}“ in „{new}“ umbenannt</translation>
        </message>
        <message>
            <source>Delete the tag “{name}”? No contact has it.</source>
            <translation>Schlagwort „{name}“ löschen? Kein Kontakt hat es.</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>Schlagwort löschen</translation>
        </message>
        <message>
            <source>Deleting the tag “{name}”…</source>
            <translation>Schlagwort „{name}“ wird gelöscht…</translation>
        </message>
        <message>
            <source>The tag “{name}” was deleted already</source>
            <translation>Das Schlagwort „{name}“ war bereits gelöscht</translation>
        </message>
        <message>
            <source>The tag “{name}” could not be deleted: {error}</source>
            <translation>Das Schlagwort „{name}“ konnte nicht gelöscht werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>TagsSection</name>
        <message>
            <source>Type a tag and press Enter</source>
            <translation>Schlagwort eingeben und Eingabetaste drücken</translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Schlagwort hinzufügen</translation>
        </message>
        <message>
            <source>Remove tag</source>
            <translation>Schlagwort entfernen</translation>
        </message>
    </context>
    <context>
        <name>TimeText</name>
        <message>
            <source>yesterday {time}</source>
            <translation>gestern {time}</translation>
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
            <translation>Papierkorb</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>it was deleted for good meanwhile</source>
            <translation>er wurde inzwischen endgültig gelöscht</translation>
        </message>
        <message>
            <source>Search the trash…</source>
            <translation>Papierkorb durchsuchen…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Take the chosen contacts out of the trash</source>
            <translation>Gewählte Kontakte aus dem Papierkorb wiederherstellen</translation>
        </message>
        <message>
            <source>Delete permanently…</source>
            <translation>Endgültig löschen…</translation>
        </message>
        <message>
            <source>Delete the chosen contacts for good (Del)</source>
            <translation>Gewählte Kontakte endgültig löschen (Entf)</translation>
        </message>
        <message>
            <source>Empty trash…</source>
            <translation>Papierkorb leeren…</translation>
        </message>
        <message>
            <source>Delete every contact in the trash for good</source>
            <translation>Alle Kontakte im Papierkorb endgültig löschen</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>The trash is empty</source>
            <translation>Der Papierkorb ist leer</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts in the trash</source>
            <translation>
                <numerusform>%Ln Kontakt im Papierkorb</numerusform>
                <numerusform>%Ln Kontakte im Papierkorb</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln Treffer</numerusform>
                <numerusform>%Ln Treffer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts restored</source>
            <translation>
                <numerusform>%Ln Kontakt wiederhergestellt</numerusform>
                <numerusform>%Ln Kontakte wiederhergestellt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts could not be restored:</source>
            <translation>
                <numerusform>%Ln Kontakt konnte nicht wiederhergestellt werden:</numerusform>
                <numerusform>%Ln Kontakte konnten nicht wiederhergestellt werden:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln contacts for good?</source>
            <translation>
                <numerusform>%Ln Kontakt endgültig löschen?</numerusform>
                <numerusform>%Ln Kontakte endgültig löschen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts deleted for good</source>
            <translation>
                <numerusform>%Ln Kontakt endgültig gelöscht</numerusform>
                <numerusform>%Ln Kontakte endgültig gelöscht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contacts in the trash for good?</source>
            <translation>
                <numerusform>Den Kontakt im Papierkorb endgültig löschen?</numerusform>
                <numerusform>Alle %Ln Kontakte im Papierkorb endgültig löschen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %Ln kept</source>
            <translation>
                <numerusform>; %Ln behalten</numerusform>
                <numerusform>; %Ln behalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts could not be deleted for good and stay in the trash:</source>
            <translation>
                <numerusform>%Ln Kontakt konnte nicht endgültig gelöscht werden und bleibt im Papierkorb:</numerusform>
                <numerusform>%Ln Kontakte konnten nicht endgültig gelöscht werden und bleiben im Papierkorb:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln kept</source>
            <translation>
                <numerusform>%Ln behalten</numerusform>
                <numerusform>%Ln behalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… und %Ln weiterer</numerusform>
                <numerusform>… und %Ln weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>{matches} — {total}</source>
            <translation>{matches} — {total}</translation>
        </message>
        <message>
            <source>“{name}” restored</source>
            <translation>„{name}“ wiederhergestellt</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>Delete “{name}” for good?</source>
            <translation>„{name}“ endgültig löschen?</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <source>“{name}” deleted for good</source>
            <translation>„{name}“ endgültig gelöscht</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>Wird gelöscht…</translation>
        </message>
        <message>
            <source>So many cannot be undone.</source>
            <translation>Bei so vielen ist kein Rückgängigmachen möglich.</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Papierkorb leeren</translation>
        </message>
        <message>
            <source>Emptying the trash…</source>
            <translation>Papierkorb wird geleert…</translation>
        </message>
        <message>
            <source> (this cannot be undone)</source>
            <translation> (dies kann nicht rückgängig gemacht werden)</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>the check digits do not match</source>
            <translation>die Prüfziffern stimmen nicht</translation>
        </message>
        <message>
            <source>the VAT number is empty</source>
            <translation>die USt-IdNr. ist leer</translation>
        </message>
        <message>
            <source>the number does not start with a country code — {number}</source>
            <translation>die Nummer beginnt nicht mit einem Ländercode — {number}</translation>
        </message>
        <message>
            <source>the country {prefix} is not recognised — {number}</source>
            <translation>das Land {prefix} ist nicht bekannt — {number}</translation>
        </message>
        <message>
            <source>the number has the wrong length — {number}</source>
            <translation>die Nummer hat die falsche Länge — {number}</translation>
        </message>
        <message>
            <source>the number does not have the shape used in {prefix} — {number}</source>
            <translation>die Nummer hat nicht den in {prefix} üblichen Aufbau — {number}</translation>
        </message>
        <message>
            <source>the number is not valid — {number}</source>
            <translation>die Nummer ist nicht gültig — {number}</translation>
        </message>
        <message>
            <source>the number could not be checked — {number}</source>
            <translation>die Nummer konnte nicht geprüft werden — {number}</translation>
        </message>
        <message>
            <source>{reason} — {value}</source>
            <translation>{reason} — {value}</translation>
        </message>
        <message>
            <source>the phone number is empty</source>
            <translation>die Telefonnummer ist leer</translation>
        </message>
        <message>
            <source>add the country code, for example +32 for Belgium</source>
            <translation>ergänzen Sie die Ländervorwahl, z. B. +49 für Deutschland</translation>
        </message>
        <message>
            <source>this phone number cannot be read</source>
            <translation>diese Telefonnummer kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>this does not look like a phone number</source>
            <translation>das sieht nicht wie eine Telefonnummer aus</translation>
        </message>
        <message>
            <source>this is not a valid phone number</source>
            <translation>das ist keine gültige Telefonnummer</translation>
        </message>
        <message>
            <source>this is not a valid phone number in {region}</source>
            <translation>das ist keine gültige Telefonnummer in {region}</translation>
        </message>
        <message>
            <source>the country code is not known</source>
            <translation>die Ländervorwahl ist nicht bekannt</translation>
        </message>
        <message>
            <source>the number is too short</source>
            <translation>die Nummer ist zu kurz</translation>
        </message>
        <message>
            <source>the number is too long</source>
            <translation>die Nummer ist zu lang</translation>
        </message>
        <message>
            <source>the e-mail address is empty</source>
            <translation>die E-Mail-Adresse ist leer</translation>
        </message>
        <message>
            <source>this is not a valid e-mail address</source>
            <translation>das ist keine gültige E-Mail-Adresse</translation>
        </message>
        <message>
            <source>a GLN has 13 digits — {number}</source>
            <translation>eine GLN hat 13 Ziffern — {number}</translation>
        </message>
        <message>
            <source>a postal code in {country} has another shape, e.g. {example} — {value}</source>
            <translation>eine Postleitzahl in {country} hat einen anderen Aufbau, z. B. {example} — {value}</translation>
        </message>
        <message>
            <source>a postal code in {country} has another shape — {value}</source>
            <translation>eine Postleitzahl in {country} hat einen anderen Aufbau — {value}</translation>
        </message>
        <message>
            <source>a postal code in {country} has {shape}, e.g. {example} — {value}</source>
            <translation>eine Postleitzahl in {country} hat {shape}, z. B. {example} — {value}</translation>
        </message>
        <message>
            <source>{digits} digits and {letters} letters</source>
            <translation>{digits} Ziffern und {letters} Buchstaben</translation>
        </message>
        <message>
            <source>{digits} digits</source>
            <translation>{digits} Ziffern</translation>
        </message>
        <message>
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <source>may have at most {maximum} characters (it has {length})</source>
            <translation>darf höchstens {maximum} Zeichen haben (hat {length})</translation>
        </message>
        <message>
            <source>must be {minimum} to {maximum} characters long (it has {length})</source>
            <translation>muss {minimum} bis {maximum} Zeichen lang sein (hat {length})</translation>
        </message>
        <message>
            <source>choose {what}</source>
            <translation>{what} wählen</translation>
        </message>
        <message>
            <source>“{value}” is not a known {what}</source>
            <translation>„{value}“ ist als {what} nicht bekannt</translation>
        </message>
        <message>
            <source>cannot be in the future — {value}</source>
            <translation>darf nicht in der Zukunft liegen — {value}</translation>
        </message>
        <message>
            <source>enter a date</source>
            <translation>Datum eingeben</translation>
        </message>
        <message>
            <source>“{value}” is not a known country code (use two capital letters, e.g. BE)</source>
            <translation>„{value}“ ist kein bekannter Ländercode (zwei Großbuchstaben verwenden, z. B. DE)</translation>
        </message>
        <message>
            <source>“{value}” is not a known country code</source>
            <translation>„{value}“ ist kein bekannter Ländercode</translation>
        </message>
        <message>
            <source>may have at most {maximum} letters and digits — {value}</source>
            <translation>darf höchstens {maximum} Buchstaben und Ziffern haben — {value}</translation>
        </message>
        <message>
            <source>may contain only letters and digits — {value}</source>
            <translation>darf nur Buchstaben und Ziffern enthalten — {value}</translation>
        </message>
        <message>
            <source>“{value}” is not a currency code (use three capital letters, e.g. EUR)</source>
            <translation>„{value}“ ist kein Währungscode (drei Großbuchstaben verwenden, z. B. EUR)</translation>
        </message>
        <message>
            <source>the amount is not a number</source>
            <translation>der Betrag ist keine Zahl</translation>
        </message>
        <message>
            <source>cannot be negative — {value}</source>
            <translation>darf nicht negativ sein — {value}</translation>
        </message>
        <message>
            <source>an amount in {currency} has no decimals — {value}</source>
            <translation>ein Betrag in {currency} hat keine Nachkommastellen — {value}</translation>
        </message>
        <message>
            <source>an amount in {currency} has at most {decimals} decimals — {value}</source>
            <translation>ein Betrag in {currency} hat höchstens {decimals} Nachkommastellen — {value}</translation>
        </message>
        <message>
            <source>enter the address</source>
            <translation>Adresse eingeben</translation>
        </message>
        <message>
            <source>enter an e-mail address</source>
            <translation>E-Mail-Adresse eingeben</translation>
        </message>
        <message>
            <source>enter a phone number</source>
            <translation>Telefonnummer eingeben</translation>
        </message>
        <message>
            <source>a web address cannot contain spaces — {value}</source>
            <translation>eine Webadresse darf keine Leerzeichen enthalten — {value}</translation>
        </message>
        <message>
            <source>this is not a web address — {value}</source>
            <translation>das ist keine Webadresse — {value}</translation>
        </message>
        <message>
            <source>write the full web address, starting with https:// — {value}</source>
            <translation>vollständige Webadresse eingeben, beginnend mit https:// — {value}</translation>
        </message>
        <message>
            <source>enter a web address</source>
            <translation>Webadresse eingeben</translation>
        </message>
        <message>
            <source>the invoice address is not one of this contact's addresses</source>
            <translation>die Rechnungsadresse ist keine der Adressen dieses Kontakts</translation>
        </message>
        <message>
            <source>the delivery address is not one of this contact's addresses</source>
            <translation>die Lieferadresse ist keine der Adressen dieses Kontakts</translation>
        </message>
        <message>
            <source>configuration {other} has the same limitations ({limits})</source>
            <translation>Konfiguration {other} hat dieselben Einschränkungen ({limits})</translation>
        </message>
        <message>
            <source>only one configuration may be without limitations (see {other})</source>
            <translation>nur eine Konfiguration darf ohne Einschränkungen sein (siehe {other})</translation>
        </message>
        <message>
            <source>enter the number</source>
            <translation>Nummer eingeben</translation>
        </message>
        <message>
            <source>enter a name</source>
            <translation>Namen eingeben</translation>
        </message>
        <message>
            <source>only JPEG and PNG pictures can be stored — {value}</source>
            <translation>nur JPEG- und PNG-Bilder können gespeichert werden — {value}</translation>
        </message>
        <message>
            <source>a picture may be at most 12 MB (this one has {size} MB)</source>
            <translation>ein Bild darf höchstens 12 MB groß sein (dieses hat {size} MB)</translation>
        </message>
        <message>
            <source>may hold text, yes/no or a whole number, not {kind} — {value}</source>
            <translation>darf Text, Ja/Nein oder eine Ganzzahl enthalten, nicht {kind} — {value}</translation>
        </message>
        <message>
            <source>is not an organization in this address book</source>
            <translation>ist keine Organisation in diesem Adressbuch</translation>
        </message>
        <message>
            <source>enter the related person</source>
            <translation>Person der Beziehung eingeben</translation>
        </message>
        <message>
            <source>enter the kind</source>
            <translation>Art eingeben</translation>
        </message>
        <message>
            <source>must be an hour from 0 to 23 — {value}</source>
            <translation>muss eine Stunde von 0 bis 23 sein — {value}</translation>
        </message>
        <message>
            <source>must be after the opening hour ({opening}) — {value}</source>
            <translation>muss nach der Öffnungszeit ({opening}) liegen — {value}</translation>
        </message>
        <message>
            <source>must be a year with four digits — {value}</source>
            <translation>muss eine vierstellige Jahreszahl sein — {value}</translation>
        </message>
        <message>
            <source>may contain only lower-case letters and underscores — {value}</source>
            <translation>darf nur Kleinbuchstaben und Unterstriche enthalten — {value}</translation>
        </message>
        <message>
            <source>“{value}” is not one of the known types; it is kept as it is</source>
            <translation>„{value}“ ist keiner der bekannten Typen; der Wert wird unverändert beibehalten</translation>
        </message>
        <message>
            <source>must be a language code of 2 or 3 letters, e.g. NL — {value}</source>
            <translation>muss ein Sprachcode aus 2 oder 3 Buchstaben sein, z. B. DE — {value}</translation>
        </message>
        <message>
            <source>is not a department of {organization}</source>
            <translation>ist keine Abteilung von {organization}</translation>
        </message>
        <message>
            <source>is not a department of it</source>
            <translation>ist keine Abteilung dieser Organisation</translation>
        </message>
        <message>
            <source>is not a location of {organization}</source>
            <translation>ist kein Standort von {organization}</translation>
        </message>
        <message>
            <source>is not a location of it</source>
            <translation>ist kein Standort dieser Organisation</translation>
        </message>
        <message>
            <source>enter the organization</source>
            <translation>Organisation eingeben</translation>
        </message>
        <message>
            <source>belongs to another organization than the one this person works for</source>
            <translation>gehört zu einer anderen Organisation als der, für die diese Person arbeitet</translation>
        </message>
        <message>
            <source>must be from {minimum} to {maximum} — {value}</source>
            <translation>muss zwischen {minimum} und {maximum} liegen — {value}</translation>
        </message>
        <message>
            <source>enter the id</source>
            <translation>ID eingeben</translation>
        </message>
        <message>
            <source>“{value}” is already mapped in mapping {other}</source>
            <translation>„{value}“ ist bereits in Zuordnung {other} zugeordnet</translation>
        </message>
        <message>
            <source>cannot be changed once the record is synced — it was {value}</source>
            <translation>kann nicht mehr geändert werden, sobald der Datensatz synchronisiert ist — bisher: {value}</translation>
        </message>
        <message>
            <source>cannot be changed once the record is synced — it was empty</source>
            <translation>kann nicht mehr geändert werden, sobald der Datensatz synchronisiert ist — bisher leer</translation>
        </message>
        <message>
            <source>KIP needs the street</source>
            <translation>KIP benötigt die Straße</translation>
        </message>
        <message>
            <source>KIP needs the city</source>
            <translation>KIP benötigt den Ort</translation>
        </message>
        <message>
            <source>KIP needs the postal code</source>
            <translation>KIP benötigt die Postleitzahl</translation>
        </message>
        <message>
            <source>KIP needs the country</source>
            <translation>KIP benötigt das Land</translation>
        </message>
        <message>
            <source>KIP needs a name</source>
            <translation>KIP benötigt einen Namen</translation>
        </message>
        <message>
            <source>KIP needs an address with street, city, postal code and country</source>
            <translation>KIP benötigt eine Adresse mit Straße, Ort, Postleitzahl und Land</translation>
        </message>
        <message>
            <source>KIP needs a phone number</source>
            <translation>KIP benötigt eine Telefonnummer</translation>
        </message>
        <message>
            <source>KIP needs a mobile phone number</source>
            <translation>KIP benötigt eine Mobilnummer</translation>
        </message>
        <message>
            <source>KIP needs an e-mail address</source>
            <translation>KIP benötigt eine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>KIP needs the VAT number</source>
            <translation>KIP benötigt die USt-IdNr.</translation>
        </message>
        <message>
            <source>KIP needs the number</source>
            <translation>KIP benötigt die Nummer</translation>
        </message>
        <message>
            <source>KIP needs the invoice language</source>
            <translation>KIP benötigt die Rechnungssprache</translation>
        </message>
        <message>
            <source>{message} — kept as received</source>
            <translation>{message} — unverändert übernommen</translation>
        </message>
        <message>
            <source>not contacts, so they cannot be members: {ids}</source>
            <translation>keine Kontakte, daher keine Mitglieder möglich: {ids}</translation>
        </message>
        <message>
            <source>a GIF file</source>
            <translation>eine GIF-Datei</translation>
        </message>
        <message>
            <source>a BMP file</source>
            <translation>eine BMP-Datei</translation>
        </message>
        <message>
            <source>a TIFF file</source>
            <translation>eine TIFF-Datei</translation>
        </message>
        <message>
            <source>a PDF file</source>
            <translation>eine PDF-Datei</translation>
        </message>
        <message>
            <source>an SVG file</source>
            <translation>eine SVG-Datei</translation>
        </message>
        <message>
            <source>an SVG or other XML file</source>
            <translation>eine SVG- oder andere XML-Datei</translation>
        </message>
        <message>
            <source>a WebP picture</source>
            <translation>ein WebP-Bild</translation>
        </message>
        <message>
            <source>a HEIC/AVIF picture or a video</source>
            <translation>ein HEIC/AVIF-Bild oder ein Video</translation>
        </message>
        <message>
            <source>not a picture Kontor knows</source>
            <translation>kein Bildformat, das Kontor kennt</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>only JPEG and PNG pictures can be used — this file is {kind}</source>
            <translation>nur JPEG- und PNG-Bilder können verwendet werden — diese Datei ist {kind}</translation>
        </message>
        <message>
            <source>the {format} file is damaged or incomplete ({error})</source>
            <translation>die {format}-Datei ist beschädigt oder unvollständig ({error})</translation>
        </message>
        <message>
            <source>the picture has far more than {maximum} pixels</source>
            <translation>das Bild hat weit mehr als {maximum} Pixel</translation>
        </message>
        <message>
            <source>a picture may have at most {maximum} megapixels (this one is {width} × {height}, {megapixels} megapixels)</source>
            <translation>ein Bild darf höchstens {maximum} Megapixel haben (dieses hat {width} × {height}, {megapixels} Megapixel)</translation>
        </message>
        <message>
            <source>a tag named “{name}” exists already</source>
            <translation>ein Schlagwort namens „{name}“ gibt es bereits</translation>
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
            <translation>Webadresse</translation>
        </message>
    </context>
    <context>
        <name>WorkSection</name>
        <message>
            <source>Professional identities</source>
            <translation>Tätigkeiten</translation>
        </message>
        <message>
            <source>Add professional identity</source>
            <translation>Tätigkeit hinzufügen</translation>
        </message>
        <message>
            <source>Not linked to any organization</source>
            <translation>Mit keiner Organisation verknüpft</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceBar</name>
        <message>
            <source>not read yet</source>
            <extracomment>``(account name, workspace organization)`` of each workspace account whose own organization is the contact.</extracomment>
            <translation>noch nicht gelesen</translation>
        </message>
        <message>
            <source>slug</source>
            <translation>Slug</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Our own organization in the workspace “{name}”{details} (account “{account}”): its locations and office hours sync with it. The name, slug and status are the workspace's — change them there.</source>
            <translation>Unsere eigene Organisation im Workspace „{name}“{details} (Konto „{account}“): Deren Standorte und Öffnungszeiten werden damit synchronisiert. Name, Slug und Status gehören dem Workspace — ändern Sie sie dort.</translation>
        </message>
    </context>
    <context>
        <name>_GeneralBase</name>
        <message>
            <source>Kept on this computer only — not sent to {account}</source>
            <translation>Nur auf diesem Computer gespeichert — wird nicht an {account} gesendet</translation>
        </message>
        <message>
            <source>Fields with this mark and the custom fields are kept on this computer only — {account} does not carry them.</source>
            <translation>Felder mit dieser Markierung und die eigenen Felder werden nur auf diesem Computer gespeichert — {account} unterstützt sie nicht.</translation>
        </message>
        <message>
            <source>Fields with this mark are kept on this computer only — {account} does not carry them.</source>
            <translation>Felder mit dieser Markierung werden nur auf diesem Computer gespeichert — {account} unterstützt sie nicht.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>ID in another system</source>
            <translation>ID in einem anderen System</translation>
        </message>
        <message>
            <source>Only visible here</source>
            <translation>Nur hier sichtbar</translation>
        </message>
        <message>
            <source>External ID</source>
            <translation>Externe ID</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne Notiz</translation>
        </message>
    </context>
    <context>
        <name>_PointRow</name>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Kontext</translation>
        </message>
        <message>
            <source>A note, e.g. "only mornings"</source>
            <translation>Eine Notiz, z. B. „nur vormittags“</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
    </context>
</TS>

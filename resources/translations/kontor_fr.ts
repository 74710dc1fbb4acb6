<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name />
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} et %n autre</numerusform>
                <numerusform>{names} et %n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identical</source>
            <translation>
                <numerusform>%n identique</numerusform>
                <numerusform>%n identiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invalid</source>
            <translation>
                <numerusform>%n non valide</numerusform>
                <numerusform>%n non valides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ambiguous</source>
            <translation>
                <numerusform>%n ambigu</numerusform>
                <numerusform>%n ambigus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate</source>
            <translation>
                <numerusform>%n doublon</numerusform>
                <numerusform>%n doublons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in trash</source>
            <translation>
                <numerusform>%n dans la corbeille</numerusform>
                <numerusform>%n dans la corbeille</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n à créer</numerusform>
                <numerusform>%n à créer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to update</source>
            <translation>
                <numerusform>%n à mettre à jour</numerusform>
                <numerusform>%n à mettre à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n fusionné</numerusform>
                <numerusform>%n fusionnés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n ignoré</numerusform>
                <numerusform>%n ignorés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n created</source>
            <translation>
                <numerusform>%n créé</numerusform>
                <numerusform>%n créés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n mis à jour</numerusform>
                <numerusform>%n mis à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records missing from {system}'s list still exist there: nothing was deleted.</source>
            <translation>
                <numerusform>%n fiche absente de la liste de {system} y existe encore : rien n'a été supprimé.</numerusform>
                <numerusform>%n fiches absentes de la liste de {system} y existent encore : rien n'a été supprimé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records were deleted in {system}. They are kept here until you confirm that they should be deleted here too.</source>
            <translation>
                <numerusform>%n fiche a été supprimée dans {system}. Elle est conservée ici jusqu'à ce que vous confirmiez qu'elle doit aussi être supprimée ici.</numerusform>
                <numerusform>%n fiches ont été supprimées dans {system}. Elles sont conservées ici jusqu'à ce que vous confirmiez qu'elles doivent aussi être supprimées ici.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records missing from the server's list still exist there: the list was incomplete, nothing was deleted.</source>
            <translation>
                <numerusform>%n fiche absente de la liste du serveur y existe encore : la liste était incomplète, rien n'a été supprimé.</numerusform>
                <numerusform>%n fiches absentes de la liste du serveur y existent encore : la liste était incomplète, rien n'a été supprimé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records were deleted on the server. They are kept here until you confirm that they should be deleted here too.</source>
            <translation>
                <numerusform>%n fiche a été supprimée sur le serveur. Elle est conservée ici jusqu'à ce que vous confirmiez qu'elle doit aussi être supprimée ici.</numerusform>
                <numerusform>%n fiches ont été supprimées sur le serveur. Elles sont conservées ici jusqu'à ce que vous confirmiez qu'elles doivent aussi être supprimées ici.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n envoyé</numerusform>
                <numerusform>%n envoyés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n supprimé</numerusform>
                <numerusform>%n supprimés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts</source>
            <translation>
                <numerusform>%n conflit</numerusform>
                <numerusform>%n conflits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejeté</numerusform>
                <numerusform>%n rejetés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for the next sync</source>
            <translation>
                <numerusform>%n en attente de la prochaine synchronisation</numerusform>
                <numerusform>%n en attente de la prochaine synchronisation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines as {encoding}</source>
            <translation>
                <numerusform>%n ligne en {encoding}</numerusform>
                <numerusform>%n lignes en {encoding}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines outside BEGIN:VCARD … END:VCARD were ignored.</source>
            <translation>
                <numerusform>%n ligne en dehors de BEGIN:VCARD … END:VCARD a été ignorée.</numerusform>
                <numerusform>%n lignes en dehors de BEGIN:VCARD … END:VCARD ont été ignorées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organizations are named “{name}”: rename one, or choose it in Preferences → Accounts.</source>
            <translation>
                <numerusform>%n organisation s'appelle « {name} » : renommez-la, ou choisissez-la dans Préférences → Comptes.</numerusform>
                <numerusform>%n organisations s'appellent « {name} » : renommez-en une, ou choisissez la bonne dans Préférences → Comptes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed account “{name}”. The %n contacts stay in the database.</source>
            <translation>
                <numerusform>Compte « {name} » supprimé. %n contact reste dans la base de données.</numerusform>
                <numerusform>Compte « {name} » supprimé. Les %n contacts restent dans la base de données.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people not changed for {years} years:</source>
            <translation>
                <numerusform>%n personne non modifiée depuis {years} ans :</numerusform>
                <numerusform>%n personnes non modifiées depuis {years} ans :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more skipped rows</source>
            <translation>
                <numerusform>… et %n autre ligne ignorée</numerusform>
                <numerusform>… et %n autres lignes ignorées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contacts.</source>
            <translation>
                <numerusform>%n contact exporté.</numerusform>
                <numerusform>%n contacts exportés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contacts to {path}.</source>
            <translation>
                <numerusform>%n contact exporté vers {path}.</numerusform>
                <numerusform>%n contacts exportés vers {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Phone list — %n contacts — {date}</source>
            <translation>
                <numerusform>Liste téléphonique — %n contact — {date}</numerusform>
                <numerusform>Liste téléphonique — %n contacts — {date}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} (%n page)</source>
            <translation>
                <numerusform>{path} enregistré (%n page)</numerusform>
                <numerusform>{path} enregistré (%n pages)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} (%n pages)</source>
            <translation>
                <numerusform>{path} enregistré (%n page)</numerusform>
                <numerusform>{path} enregistré (%n pages)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change waiting to be sent</source>
            <translation>
                <numerusform>%n modification en attente d'envoi</numerusform>
                <numerusform>%n modifications en attente d'envoi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes waiting to be sent</source>
            <translation>
                <numerusform>%n modification en attente d'envoi</numerusform>
                <numerusform>%n modifications en attente d'envoi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sync issue</source>
            <translation>
                <numerusform>%n problème de synchronisation</numerusform>
                <numerusform>%n problèmes de synchronisation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sync issues</source>
            <translation>
                <numerusform>%n problème de synchronisation</numerusform>
                <numerusform>%n problèmes de synchronisation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n accounts</source>
            <translation>
                <numerusform>%n compte</numerusform>
                <numerusform>%n comptes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the payer of %n customers</source>
            <translation>
                <numerusform>le payeur de %n client</numerusform>
                <numerusform>le payeur de %n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>adding %n contacts to {name}</source>
            <translation>
                <numerusform>ajout de %n contact à {name}</numerusform>
                <numerusform>ajout de %n contacts à {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>taking %n contacts out of {name}</source>
            <translation>
                <numerusform>retrait de %n contact de {name}</numerusform>
                <numerusform>retrait de %n contacts de {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n work details stay here only: their organizations are not Kanbert companies, and Kontor cannot create companies in Kanbert.</source>
            <translation>
                <numerusform>%n emploi reste uniquement ici : son organisation n'est pas une entreprise Kanbert, et Kontor ne peut pas créer d'entreprise dans Kanbert.</numerusform>
                <numerusform>%n emplois restent uniquement ici : leurs organisations ne sont pas des entreprises Kanbert, et Kontor ne peut pas créer d'entreprise dans Kanbert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n companies missing from {system}'s list could not be confirmed gone: none is unlinked.</source>
            <translation>
                <numerusform>%n entreprise absente de la liste de {system} n'a pas pu être confirmée comme supprimée : rien n'est délié.</numerusform>
                <numerusform>%n entreprises absentes de la liste de {system} n'ont pas pu être confirmées comme supprimées : rien n'est délié.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n companies are gone from {system}: more than the safety limit, so none is unlinked until you confirm the deletions.</source>
            <translation>
                <numerusform>%n entreprise a disparu de {system} : plus que la limite de sécurité, donc rien n'est délié tant que vous n'avez pas confirmé les suppressions.</numerusform>
                <numerusform>%n entreprises ont disparu de {system} : plus que la limite de sécurité, donc rien n'est délié tant que vous n'avez pas confirmé les suppressions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: synced; %n companies gone there stay linked until you confirm</source>
            <translation>
                <numerusform>{name} : synchronisé ; %n entreprise disparue là-bas reste liée jusqu’à votre confirmation</numerusform>
                <numerusform>{name} : synchronisé ; %n entreprises disparues là-bas restent liées jusqu’à votre confirmation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: synced; %n records deleted there are kept here for now</source>
            <translation>
                <numerusform>{name} : synchronisé ; %n enregistrement supprimé là-bas est conservé ici pour l'instant</numerusform>
                <numerusform>{name} : synchronisé ; %n enregistrements supprimés là-bas sont conservés ici pour l'instant</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records are gone from {account}: {deletions} contacts deleted there go to the trash here, {unlinks} companies gone there are only unlinked. Apply this here?</source>
            <translation>
                <numerusform>%n fiche a disparu de {account} : {deletions} contacts supprimés là-bas vont ici à la corbeille, {unlinks} entreprises disparues là-bas sont seulement déliées. Appliquer ici ?</numerusform>
                <numerusform>%n fiches ont disparu de {account} : {deletions} contacts supprimés là-bas vont ici à la corbeille, {unlinks} entreprises disparues là-bas sont seulement déliées. Appliquer ici ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n companies are gone from {account}. Unlink their organizations here? They stay in your address book.</source>
            <translation>
                <numerusform>%n entreprise a disparu de {account}. Délier son organisation ici ? Elle reste dans votre carnet d’adresses.</numerusform>
                <numerusform>%n entreprises ont disparu de {account}. Délier leurs organisations ici ? Elles restent dans votre carnet d’adresses.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contacts were deleted in {account}. Delete them here too?</source>
            <translation>
                <numerusform>%n contact a été supprimé dans {account}. Le supprimer ici aussi ?</numerusform>
                <numerusform>%n contacts ont été supprimés dans {account}. Les supprimer ici aussi ?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <source>Add account</source>
            <translation>Ajouter un compte</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>Modifier le compte</translation>
        </message>
        <message>
            <source>&amp;Find address books</source>
            <translation>Rec&amp;hercher les carnets d'adresses</translation>
        </message>
        <message>
            <source>Sign in to the server with the user and password and list its address books</source>
            <translation>Se connecter au serveur avec l'utilisateur et le mot de passe, et lister ses carnets d'adresses</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored token</source>
            <translation>Laisser vide pour conserver le jeton enregistré</translation>
        </message>
        <message>
            <source>Kept in the system keychain</source>
            <translation>Conservé dans le trousseau du système</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Manual only</source>
            <translation>Manuellement</translation>
        </message>
        <message>
            <source>Take part in syncs</source>
            <translation>Participe aux synchronisations</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <source>API &amp;token:</source>
            <translation>&amp;Jeton d'API :</translation>
        </message>
        <message>
            <source>Sync &amp;every:</source>
            <translation>&amp;Synchroniser toutes les :</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label} :</translation>
        </message>
        <message>
            <source>&amp;Password / token:</source>
            <translation>Mot de &amp;passe / jeton :</translation>
        </message>
        <message>
            <source>the login (empty: the token is a bearer token)</source>
            <translation>l'identifiant (vide : le jeton est un jeton « bearer »)</translation>
        </message>
        <message>
            <source>Looking for address books…</source>
            <translation>Recherche des carnets d'adresses…</translation>
        </message>
    </context>
    <context>
        <name>AccountExtras</name>
        <message>
            <source>optional: e.g. KIP</source>
            <translation>facultatif : p. ex. KIP</translation>
        </message>
        <message>
            <source>Every organization with this tag is registered with KIP, besides those ticked “Registered with KIP” in their editor</source>
            <translation>Toute organisation portant cette étiquette est enregistrée auprès de KIP, en plus de celles cochées « Enregistrée auprès de KIP » dans leur éditeur</translation>
        </message>
        <message>
            <source>Type the name of your organization</source>
            <translation>Saisissez le nom de votre organisation</translation>
        </message>
        <message>
            <source>Read by the first sync.</source>
            <translation>Lu lors de la première synchronisation.</translation>
        </message>
        <message>
            <source>As the workspace has it; change it there</source>
            <translation>Tel que dans l'espace de travail ; modifiez-le là-bas</translation>
        </message>
        <message>
            <source>Register &amp;organizations tagged:</source>
            <translation>Enregistrer les &amp;organisations avec l'étiquette :</translation>
        </message>
        <message>
            <source>Our own &amp;organization:</source>
            <translation>Notre propre &amp;organisation :</translation>
        </message>
        <message>
            <source>Workspace organization:</source>
            <translation>Organisation de l'espace de travail :</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>enfore Contacts API</source>
            <extracomment>The type as the user reads it (English: show it with ``translate("Accounts", label)``).</extracomment>
            <translation>API Contacts enfore</translation>
        </message>
        <message>
            <source>Kanbert</source>
            <translation>Kanbert</translation>
        </message>
        <message>
            <source>Partner organizations</source>
            <translation>Organisations partenaires</translation>
        </message>
        <message>
            <source>CardDAV</source>
            <translation>CardDAV</translation>
        </message>
        <message>
            <source>KIP companies</source>
            <translation>Entreprises KIP</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>Organization id</source>
            <extracomment>What the tenant is called for each type (types without one do not ask for it; English: show it with ``translate("Accounts", label)``).</extracomment>
            <translation>ID de l'organisation</translation>
        </message>
        <message>
            <source>Partner id</source>
            <translation>ID du partenaire</translation>
        </message>
        <message>
            <source>Address book</source>
            <translation>Carnet d'adresses</translation>
        </message>
        <message>
            <source>Unknown account type “{type}”: choose one of {types}.</source>
            <translation>Type de compte inconnu « {type} » : choisissez parmi {types}.</translation>
        </message>
        <message>
            <source>Enter a name for the account.</source>
            <translation>Saisissez un nom pour le compte.</translation>
        </message>
        <message>
            <source>The account name is at most {most} characters long.</source>
            <translation>Le nom du compte ne peut pas dépasser {most} caractères.</translation>
        </message>
        <message>
            <source>The account name must not contain control characters.</source>
            <translation>Le nom du compte ne doit pas contenir de caractères de contrôle.</translation>
        </message>
        <message>
            <source>The user is at most {most} characters long.</source>
            <translation>Le nom d'utilisateur ne peut pas dépasser {most} caractères.</translation>
        </message>
        <message>
            <source>Choose the address book (its path on the server, e.g. /alice/contacts/).</source>
            <translation>Choisissez le carnet d'adresses (son chemin sur le serveur, p. ex. /alice/contacts/).</translation>
        </message>
        <message>
            <source>“{href}” is not the path of an address book (it starts with “/”).</source>
            <translation>« {href} » n'est pas le chemin d'un carnet d'adresses (celui-ci commence par « / »).</translation>
        </message>
        <message>
            <source>Finding the address books signs in to the server: enter the password (or app password / token) first.</source>
            <translation>La recherche des carnets d'adresses se connecte au serveur : saisissez d'abord le mot de passe (ou le mot de passe d'application / jeton).</translation>
        </message>
        <message>
            <source>The server refused “{user}” ({status}): check the user name and password.</source>
            <translation>Le serveur a refusé « {user} » ({status}) : vérifiez le nom d'utilisateur et le mot de passe.</translation>
        </message>
        <message>
            <source>The server refused this token ({status}): check the user name and password.</source>
            <translation>Le serveur a refusé ce jeton ({status}) : vérifiez le nom d'utilisateur et le mot de passe.</translation>
        </message>
        <message>
            <source>The server cannot be reached: {reason}.</source>
            <translation>Le serveur est injoignable : {reason}.</translation>
        </message>
        <message>
            <source>No CardDAV address books were found at {url}: {reason}.</source>
            <translation>Aucun carnet d'adresses CardDAV n'a été trouvé à {url} : {reason}.</translation>
        </message>
        <message>
            <source>Finding the address books failed: {reason}</source>
            <translation>La recherche des carnets d'adresses a échoué : {reason}</translation>
        </message>
        <message>
            <source>{user} has no address book on the server yet: make one there (in its web page or another program), then try again.</source>
            <translation>{user} n'a pas encore de carnet d'adresses sur le serveur : créez-en un là-bas (sur sa page web ou avec un autre programme), puis réessayez.</translation>
        </message>
        <message>
            <source>This user has no address book on the server yet: make one there (in its web page or another program), then try again.</source>
            <translation>Cet utilisateur n'a pas encore de carnet d'adresses sur le serveur : créez-en un là-bas (sur sa page web ou avec un autre programme), puis réessayez.</translation>
        </message>
        <message>
            <source>There is no address book named “{name}” (there are: {names}).</source>
            <translation>Aucun carnet d'adresses ne s'appelle « {name} » (carnets existants : {names}).</translation>
        </message>
        <message>
            <source>Enter the API token.</source>
            <translation>Saisissez le jeton d'API.</translation>
        </message>
        <message>
            <source>The API token is too long (at most {most} characters).</source>
            <translation>Le jeton d'API est trop long ({most} caractères au maximum).</translation>
        </message>
        <message>
            <source>The API token must not contain spaces, line breaks or control characters.</source>
            <translation>Le jeton d'API ne doit contenir ni espaces, ni sauts de ligne, ni caractères de contrôle.</translation>
        </message>
        <message>
            <source>The API token must contain only plain ASCII letters, digits and symbols.</source>
            <translation>Le jeton d'API ne doit contenir que des lettres, des chiffres et des symboles ASCII simples.</translation>
        </message>
        <message>
            <source>The system keychain could not be read</source>
            <translation>Le trousseau du système n'a pas pu être lu</translation>
        </message>
        <message>
            <source>The API token could not be stored in the system keychain</source>
            <translation>Le jeton d'API n'a pas pu être enregistré dans le trousseau du système</translation>
        </message>
        <message>
            <source>The API token could not be removed from the system keychain</source>
            <translation>Le jeton d'API n'a pas pu être retiré du trousseau du système</translation>
        </message>
        <message>
            <source>No keychain is available on this computer; set {variable} instead.</source>
            <translation>Aucun trousseau n'est disponible sur cet ordinateur ; définissez plutôt {variable}.</translation>
        </message>
        <message>
            <source>The system keychain is locked. Unlock it and try again, or set {variable} instead.</source>
            <translation>Le trousseau du système est verrouillé. Déverrouillez-le et réessayez, ou définissez plutôt {variable}.</translation>
        </message>
        <message>
            <source>{failure} ({reason}). Try again, or set {variable} instead.</source>
            <translation>{failure} ({reason}). Réessayez, ou définissez plutôt {variable}.</translation>
        </message>
        <message>
            <source>No API token for this account: enter it in Edit….</source>
            <translation>Aucun jeton d'API pour ce compte : saisissez-le via « Modifier… ».</translation>
        </message>
        <message>
            <source>Testing a {kind} account is not possible yet.</source>
            <translation>Le test d'un compte {kind} n'est pas encore possible.</translation>
        </message>
        <message>
            <source>Enter the password (or token) first.</source>
            <translation>Saisissez d'abord le mot de passe (ou le jeton).</translation>
        </message>
        <message>
            <source>The server refused the user name and password ({status}).</source>
            <translation>Le serveur a refusé le nom d'utilisateur et le mot de passe ({status}).</translation>
        </message>
        <message>
            <source>There is no address book at {path} on this server.</source>
            <translation>Il n'y a aucun carnet d'adresses à l'emplacement {path} sur ce serveur.</translation>
        </message>
        <message>
            <source>Not reachable: {error}.</source>
            <translation>Injoignable : {error}.</translation>
        </message>
        <message>
            <source>Not a CardDAV address book: {error}</source>
            <translation>Pas un carnet d'adresses CardDAV : {error}</translation>
        </message>
        <message>
            <source>sync-collection</source>
            <translation>sync-collection</translation>
        </message>
        <message>
            <source>ETags (no sync-collection)</source>
            <translation>ETags (sans sync-collection)</translation>
        </message>
        <message>
            <source>Connected: address book “{name}”, vCard {version}, synced by {how}.</source>
            <translation>Connecté : carnet d'adresses « {name} », vCard {version}, synchronisé par {how}.</translation>
        </message>
        <message>
            <source>{system} cannot be read: changes made there are not taken in here; Kontor only sends what it has.</source>
            <translation>{system} ne peut pas être lu : les modifications faites là-bas ne sont pas reprises ici ; Kontor envoie seulement ce qu'il a.</translation>
        </message>
        <message>
            <source>Locked: registered with KIP (“{account}”). {reason}</source>
            <translation>Verrouillé : entreprise enregistrée auprès de KIP (« {account} »). {reason}</translation>
        </message>
        <message>
            <source>this KIP account was removed</source>
            <translation>ce compte KIP a été supprimé</translation>
        </message>
        <message>
            <source>No API token for this account: enter it in Edit… (or KONTOR_API_TOKEN).</source>
            <translation>Aucun jeton d'API pour ce compte : saisissez-le via « Modifier… » (ou KONTOR_API_TOKEN).</translation>
        </message>
        <message>
            <source>KIP refused the API token: enter a valid one in Edit….</source>
            <translation>KIP a refusé le jeton d'API : saisissez un jeton valide via « Modifier… ».</translation>
        </message>
        <message>
            <source>KIP could not be reached ({error}); try again later.</source>
            <translation>KIP est injoignable ({error}) ; réessayez plus tard.</translation>
        </message>
        <message>
            <source>KIP did not start the export: {error}</source>
            <translation>KIP n'a pas lancé l'exportation : {error}</translation>
        </message>
        <message>
            <source>KIP started the export of your data ({status}): it answered these links.</source>
            <translation>KIP a lancé l'exportation de vos données ({status}) : voici les liens de sa réponse.</translation>
        </message>
        <message>
            <source>KIP started the export of your data: it answered these links.</source>
            <translation>KIP a lancé l'exportation de vos données : voici les liens de sa réponse.</translation>
        </message>
        <message>
            <source>KIP started the export of your data ({status}), with no links.</source>
            <translation>KIP a lancé l'exportation de vos données ({status}), sans lien.</translation>
        </message>
        <message>
            <source>KIP started the export of your data, with no links.</source>
            <translation>KIP a lancé l'exportation de vos données, sans lien.</translation>
        </message>
        <message>
            <source>this workspace account was removed</source>
            <translation>ce compte d'espace de travail a été supprimé</translation>
        </message>
        <message>
            <source>KIP has no read path: it cannot be tried without registering a company. “Request my data from KIP” or the first sync shows whether the address and the token work.</source>
            <translation>KIP n'offre aucune lecture : il ne peut pas être testé sans enregistrer une entreprise. « Demander mes données à KIP » ou la première synchronisation montrent si l'adresse et le jeton fonctionnent.</translation>
        </message>
        <message>
            <source>Enter the API token first.</source>
            <translation>Saisissez d'abord le jeton d'API.</translation>
        </message>
        <message>
            <source>The workspace refused the API token ({status}).</source>
            <translation>L'espace de travail a refusé le jeton d'API ({status}).</translation>
        </message>
        <message>
            <source>The workspace shows no organization at this address.</source>
            <translation>L'espace de travail n'affiche aucune organisation à cette adresse.</translation>
        </message>
        <message>
            <source>Not the workspace API: {error}</source>
            <translation>Pas l'API de l'espace de travail : {error}</translation>
        </message>
        <message>
            <source>Connected: the workspace organization “{name}”.</source>
            <translation>Connecté : l'organisation « {name} » de l'espace de travail.</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>The systems this address book is kept in step with. Removing an account unlinks the address book from it; no contact is deleted.</source>
            <translation>Les systèmes avec lesquels ce carnet d'adresses est tenu à jour. Supprimer un compte délie le carnet d'adresses de ce système ; aucun contact n'est supprimé.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Locataire</translation>
        </message>
        <message>
            <source>Syncs</source>
            <translation>Synchronise</translation>
        </message>
        <message>
            <source>No accounts yet: add one to sync this address book.</source>
            <translation>Aucun compte pour l'instant : ajoutez-en un pour synchroniser ce carnet d'adresses.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>Tester la &amp;connexion</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>S&amp;ynchroniser maintenant</translation>
        </message>
        <message>
            <source>Sync the chosen account once now</source>
            <translation>Synchroniser une fois maintenant le compte choisi</translation>
        </message>
        <message>
            <source>Request my data from &amp;KIP</source>
            <translation>Demander mes données à &amp;KIP</translation>
        </message>
        <message>
            <source>Ask KIP to export the data it keeps about you (GDPR); shows its links</source>
            <translation>Demander à KIP d'exporter les données qu'il conserve à votre sujet (RGPD) ; affiche ses liens</translation>
        </message>
        <message numerus="yes">
            <source>every %n min</source>
            <translation>
                <numerusform>toutes les %n min</numerusform>
                <numerusform>toutes les %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuellement</translation>
        </message>
        <message>
            <source>no (disabled)</source>
            <translation>non (désactivé)</translation>
        </message>
        <message>
            <source>Limits of {type}:</source>
            <translation>Limites de {type} :</translation>
        </message>
        <message>
            <source>Added “{name}”.</source>
            <translation>« {name} » ajouté.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>« {name} » enregistré.</translation>
        </message>
        <message>
            <source>Remove the account “{name}”? The address book is unlinked from it: what waits to be sent to it and its sync issues go. No contact is deleted, here or there.</source>
            <translation>Supprimer le compte « {name} » ? Le carnet d'adresses en est délié : ce qui attend d'y être envoyé et ses problèmes de synchronisation disparaissent. Aucun contact n'est supprimé, ni ici ni là-bas.</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Supprimer le compte</translation>
        </message>
        <message>
            <source>Removed “{name}”. Every contact stays.</source>
            <translation>« {name} » supprimé. Tous les contacts sont conservés.</translation>
        </message>
        <message>
            <source>Testing “{name}”…</source>
            <translation>Test de « {name} »…</translation>
        </message>
        <message>
            <source>The test failed ({reason}).</source>
            <translation>Le test a échoué ({reason}).</translation>
        </message>
        <message>
            <source>Syncing “{name}”…</source>
            <translation>Synchronisation de « {name} »…</translation>
        </message>
        <message>
            <source>The sync failed ({reason}: {text}).</source>
            <translation>La synchronisation a échoué ({reason} : {text}).</translation>
        </message>
        <message>
            <source>Asking KIP for your data…</source>
            <translation>Demande de vos données à KIP…</translation>
        </message>
        <message>
            <source>KIP was not asked ({reason}).</source>
            <translation>KIP n'a pas été interrogé ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>AddMembersDialog</name>
        <message>
            <source>Add members to “{name}”</source>
            <translation>Ajouter des membres à « {name} »</translation>
        </message>
        <message>
            <source>Search names, e-mails, phones, cities…</source>
            <translation>Rechercher noms, e-mails, téléphones, villes…</translation>
        </message>
        <message>
            <source>Tick contacts (Space or a click on the box); ticks stay while you search.</source>
            <translation>Cochez des contacts (Espace ou un clic sur la case) ; les coches restent pendant la recherche.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts ticked</source>
            <translation>
                <numerusform>%Ln contact coché</numerusform>
                <numerusform>%Ln contacts cochés</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing ticked yet</source>
            <translation>Rien n'est encore coché</translation>
        </message>
    </context>
    <context>
        <name>AddressCombo</name>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>(unknown address {id})</source>
            <translation>(adresse inconnue {id})</translation>
        </message>
    </context>
    <context>
        <name>AddressRow</name>
        <message>
            <source>Building, floor, …</source>
            <translation>Bâtiment, étage, …</translation>
        </message>
        <message>
            <source>Type a country or code</source>
            <translation>Saisissez un pays ou un code</translation>
        </message>
        <message>
            <source>Usages</source>
            <translation>Usages</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Additional</source>
            <translation>Complément</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Care of</source>
            <translation>À l'attention de</translation>
        </message>
        <message>
            <source>Full address</source>
            <translation>Adresse complète</translation>
        </message>
        <message>
            <source>Filled in from the parts; write your own to override, clear it to go back</source>
            <translation>Composée à partir des éléments ; saisissez votre propre texte pour la remplacer, effacez-le pour revenir à l'adresse composée</translation>
        </message>
    </context>
    <context>
        <name>AlternativePayerBox</name>
        <message>
            <source>Alternative payer</source>
            <translation>Tiers payeur</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Assigned by the server</source>
            <translation>Attribué par le serveur</translation>
        </message>
        <message>
            <source>Alternative payer number</source>
            <translation>Numéro de tiers payeur</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Debtor account</source>
            <translation>Compte débiteur</translation>
        </message>
    </context>
    <context>
        <name>BusyIndicator</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>ChoiceChecks</name>
        <message>
            <source>Not a documented value; kept as received</source>
            <translation>Valeur non documentée ; conservée telle que reçue</translation>
        </message>
    </context>
    <context>
        <name>ChoosableContactsModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Already in the list</source>
            <translation>Déjà dans la liste</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
    </context>
    <context>
        <name>Command line</name>
        <message>
            <source>organization id</source>
            <extracomment>What the tenant is called in ``kontor accounts list`` (English: shown translated).</extracomment>
            <translation>ID de l'organisation</translation>
        </message>
        <message>
            <source>partner id</source>
            <translation>ID du partenaire</translation>
        </message>
        <message>
            <source>address book</source>
            <translation>carnet d'adresses</translation>
        </message>
        <message>
            <source>list, add or remove the accounts (remote systems) a database syncs with</source>
            <translation>lister, ajouter ou supprimer les comptes (systèmes distants) avec lesquels une base de données se synchronise</translation>
        </message>
        <message>
            <source>the accounts, one a line</source>
            <translation>les comptes, un par ligne</translation>
        </message>
        <message>
            <source>link the database to an account</source>
            <translation>lier la base de données à un compte</translation>
        </message>
        <message>
            <source>a name of your choice (unique)</source>
            <translation>un nom de votre choix (unique)</translation>
        </message>
        <message>
            <source>the system's base address (https://…)</source>
            <translation>l'adresse de base du système (https://…)</translation>
        </message>
        <message>
            <source>organization id (enfore), partner id, or a CardDAV address book's path</source>
            <translation>ID de l'organisation (enfore), ID du partenaire, ou chemin d'un carnet d'adresses CardDAV</translation>
        </message>
        <message>
            <source>the user the token belongs to (CardDAV: the login)</source>
            <translation>l'utilisateur auquel appartient le jeton (CardDAV : l'identifiant)</translation>
        </message>
        <message>
            <source>CardDAV: the address book to sync, by name (default: the first one found)</source>
            <translation>CardDAV : le carnet d'adresses à synchroniser, par son nom (par défaut : le premier trouvé)</translation>
        </message>
        <message>
            <source>CardDAV: sign in with the user and password (basic, the default with --user) or with a bearer token</source>
            <translation>CardDAV : se connecter avec l'utilisateur et le mot de passe (basic, par défaut avec --user) ou avec un jeton « bearer »</translation>
        </message>
        <message>
            <source>KIP: register every organization with this tag (besides those ticked in their editor)</source>
            <translation>KIP : enregistrer toute organisation portant cette étiquette (en plus de celles cochées dans leur éditeur)</translation>
        </message>
        <message>
            <source>workspace: the organization contact that is your own organization (its locations sync with the workspace)</source>
            <translation>espace de travail : le contact organisation qui est votre propre organisation (ses sites se synchronisent avec l'espace de travail)</translation>
        </message>
        <message>
            <source>minutes between automatic syncs (0: by hand)</source>
            <translation>minutes entre deux synchronisations automatiques (0 : manuellement)</translation>
        </message>
        <message>
            <source>keep it out of syncs until it is enabled</source>
            <translation>l'exclure des synchronisations jusqu'à son activation</translation>
        </message>
        <message>
            <source>keep the value of KONTOR_API_TOKEN in the system keychain for this account</source>
            <translation>conserver la valeur de KONTOR_API_TOKEN dans le trousseau du système pour ce compte</translation>
        </message>
        <message>
            <source>unlink the database from an account (contacts are kept)</source>
            <translation>délier la base de données d'un compte (les contacts sont conservés)</translation>
        </message>
        <message>
            <source>there is no database at {path}.</source>
            <translation>il n'y a pas de base de données à l'emplacement {path}.</translation>
        </message>
        <message>
            <source>keychain unavailable</source>
            <translation>trousseau indisponible</translation>
        </message>
        <message>
            <source>token from KONTOR_API_TOKEN</source>
            <translation>jeton issu de KONTOR_API_TOKEN</translation>
        </message>
        <message>
            <source>token in keychain</source>
            <translation>jeton dans le trousseau</translation>
        </message>
        <message>
            <source>no token</source>
            <translation>aucun jeton</translation>
        </message>
        <message>
            <source>No accounts: add one with `kontor accounts add`.</source>
            <translation>Aucun compte : ajoutez-en un avec `kontor accounts add`.</translation>
        </message>
        <message>
            <source> user {user}</source>
            <translation> utilisateur {user}</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>activé</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>every {minutes} min</source>
            <translation>toutes les {minutes} min</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuellement</translation>
        </message>
        <message>
            <source>--store-token keeps the value of {variable}, which is not set.</source>
            <translation>--store-token conserve la valeur de {variable}, qui n'est pas définie.</translation>
        </message>
        <message>
            <source>Added {type} account “{name}” ({url}).</source>
            <translation>Compte {type} « {name} » ajouté ({url}).</translation>
        </message>
        <message>
            <source>the token was not stored: {reason}</source>
            <translation>le jeton n'a pas été enregistré : {reason}</translation>
        </message>
        <message>
            <source>The token is in the system keychain.</source>
            <translation>Le jeton est dans le trousseau du système.</translation>
        </message>
        <message>
            <source>The token: store it in Preferences → Accounts, or set {variable} when you run `kontor sync`.</source>
            <translation>Le jeton : enregistrez-le dans Préférences → Comptes, ou définissez {variable} quand vous lancez `kontor sync`.</translation>
        </message>
        <message>
            <source>--kip-tag is for KIP accounts (--type kip).</source>
            <translation>--kip-tag est réservé aux comptes KIP (--type kip).</translation>
        </message>
        <message>
            <source>--own-organization is for workspace accounts (--type workspace).</source>
            <translation>--own-organization est réservé aux comptes d'espace de travail (--type workspace).</translation>
        </message>
        <message>
            <source>There is no organization named “{name}” in this address book.</source>
            <translation>Aucune organisation ne s'appelle « {name} » dans ce carnet d'adresses.</translation>
        </message>
        <message>
            <source>finding the address book signs in to the server: set {variable} to the password (or app password / token), or give the address book's path with --tenant.</source>
            <translation>la recherche du carnet d'adresses se connecte au serveur : définissez {variable} avec le mot de passe (ou le mot de passe d'application / jeton), ou indiquez le chemin du carnet d'adresses avec --tenant.</translation>
        </message>
        <message>
            <source>Address book: “{name}” ({path}).</source>
            <translation>Carnet d'adresses : « {name} » ({path}).</translation>
        </message>
        <message>
            <source>Also there: {names} — choose one with --address-book NAME.</source>
            <translation>Également présents : {names} — choisissez-en un avec --address-book NAME.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>no account named “{name}” (accounts: {names}).</source>
            <translation>aucun compte ne s'appelle « {name} » (comptes : {names}).</translation>
        </message>
        <message>
            <source>privacy requests: export everything about a person, erase a person, retention</source>
            <translation>demandes RGPD : tout exporter sur une personne, effacer une personne, conservation</translation>
        </message>
        <message>
            <source>write everything about a person into DIR</source>
            <translation>écrire toutes les données d'une personne dans DIR</translation>
        </message>
        <message>
            <source>leave out the PDF report</source>
            <translation>omettre le rapport PDF</translation>
        </message>
        <message>
            <source>erase a person (asks for --yes)</source>
            <translation>effacer une personne (exige --yes)</translation>
        </message>
        <message>
            <source>delete the contact, or anonymise it and keep the record for accounting (default: what the accounting rule suggests for this contact)</source>
            <translation>supprimer le contact, ou l'anonymiser et conserver la fiche pour la comptabilité (par défaut : ce que la règle comptable suggère pour ce contact)</translation>
        </message>
        <message>
            <source>erase without asking</source>
            <translation>effacer sans demander de confirmation</translation>
        </message>
        <message>
            <source>people not changed for N years (the book's setting by default)</source>
            <translation>personnes non modifiées depuis N ans (par défaut, le réglage du carnet)</translation>
        </message>
        <message>
            <source>store --years as the book's retention period</source>
            <translation>enregistrer --years comme durée de conservation du carnet</translation>
        </message>
        <message>
            <source>Everything about {name}</source>
            <translation>Toutes les données de {name}</translation>
        </message>
        <message>
            <source>Everything about “{name}” ({id}):</source>
            <translation>Toutes les données de « {name} » ({id}) :</translation>
        </message>
        <message>
            <source>Accounting needs this record: it is {reason}.</source>
            <translation>La comptabilité a besoin de cette fiche : c'est {reason}.</translation>
        </message>
        <message>
            <source>Linked to {account}: {note}.</source>
            <translation>Lié à {account} : {note}.</translation>
        </message>
        <message>
            <source>No account holds this contact.</source>
            <translation>Aucun compte ne contient ce contact.</translation>
        </message>
        <message>
            <source>Nothing was erased: add --yes to have the person's data deleted (this cannot be undone).</source>
            <translation>Rien n'a été effacé : ajoutez --yes pour faire supprimer les données de la personne (opération irréversible).</translation>
        </message>
        <message>
            <source>Nothing was erased: add --yes to have the person's data anonymised (this cannot be undone).</source>
            <translation>Rien n'a été effacé : ajoutez --yes pour faire anonymiser les données de la personne (opération irréversible).</translation>
        </message>
        <message>
            <source>Run `kontor sync` to send the erasure now.</source>
            <translation>Lancez `kontor sync` pour transmettre l'effacement maintenant.</translation>
        </message>
        <message>
            <source>--set needs --years N.</source>
            <translation>--set exige --years N.</translation>
        </message>
        <message>
            <source>import contacts from a vCard or CSV file (dry run with --dry-run)</source>
            <translation>importer des contacts depuis un fichier vCard ou CSV (simulation avec --dry-run)</translation>
        </message>
        <message>
            <source>Import contacts from a vCard (.vcf) or CSV file as one batch. Contacts already in the book (same id, VAT number, e-mail or phone) are updated, not duplicated; invalid rows are listed and skipped.</source>
            <translation>Importer des contacts depuis un fichier vCard (.vcf) ou CSV en un seul lot. Les contacts déjà présents dans le carnet (même ID, numéro de TVA, e-mail ou téléphone) sont mis à jour, sans doublon ; les lignes non valides sont listées et ignorées.</translation>
        </message>
        <message>
            <source>only show what would be done; change nothing</source>
            <translation>afficher seulement ce qui serait fait ; ne rien modifier</translation>
        </message>
        <message>
            <source>default: from the file name</source>
            <translation>par défaut : d'après le nom du fichier</translation>
        </message>
        <message>
            <source>a saved CSV column mapping (template name)</source>
            <translation>une correspondance de colonnes CSV enregistrée (nom du modèle)</translation>
        </message>
        <message>
            <source>the file's encoding (default: detected)</source>
            <translation>l'encodage du fichier (par défaut : détecté)</translation>
        </message>
        <message>
            <source>the CSV delimiter (default: detected)</source>
            <translation>le séparateur CSV (par défaut : détecté)</translation>
        </message>
        <message>
            <source>CSV: the field of each column by position, e.g. name,,email,phone (empty: not imported); for files without a header row</source>
            <translation>CSV : le champ de chaque colonne selon sa position, p. ex. name,,email,phone (vide : non importée) ; pour les fichiers sans ligne d'en-tête</translation>
        </message>
        <message>
            <source>CSV: whether the first row names the columns (default: detected)</source>
            <translation>CSV : indique si la première ligne nomme les colonnes (par défaut : détecté)</translation>
        </message>
        <message>
            <source>export contacts as vCard 4.0 or CSV</source>
            <translation>exporter des contacts au format vCard 4.0 ou CSV</translation>
        </message>
        <message>
            <source>Export contacts (all, or those matching --search) as vCard 4.0 or CSV.</source>
            <translation>Exporter des contacts (tous, ou ceux qui correspondent à --search) au format vCard 4.0 ou CSV.</translation>
        </message>
        <message>
            <source>default: from --out, else vcf</source>
            <translation>par défaut : d'après --out, sinon vcf</translation>
        </message>
        <message>
            <source>where to write (default: standard output)</source>
            <translation>où écrire (par défaut : la sortie standard)</translation>
        </message>
        <message>
            <source>vCard: one file per contact in the folder --out</source>
            <translation>vCard : un fichier par contact dans le dossier --out</translation>
        </message>
        <message>
            <source>CSV columns (default: {default}; all: {all})</source>
            <translation>colonnes CSV (par défaut : {default} ; toutes : {all})</translation>
        </message>
        <message>
            <source>only contacts matching TEXT</source>
            <translation>uniquement les contacts qui correspondent à TEXT</translation>
        </message>
        <message>
            <source>CSV: UTF-8 with a byte-order mark, for Excel</source>
            <translation>CSV : UTF-8 avec marque d'ordre des octets (BOM), pour Excel</translation>
        </message>
        <message>
            <source>unknown fields in --columns: {unknown}; choose from {names} or a field such as email.work, phone.mobile, address.home.city (or leave a column empty)</source>
            <translation>champs inconnus dans --columns : {unknown} ; choisissez parmi {names} ou un champ comme email.work, phone.mobile, address.home.city (ou laissez une colonne vide)</translation>
        </message>
        <message>
            <source>Dry run: nothing was changed.</source>
            <translation>Simulation : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Rien à modifier.</translation>
        </message>
        <message>
            <source>Imported: {created} created, {updated} updated (journal transaction {txn}).</source>
            <translation>Importation terminée — créés : {created}, mis à jour : {updated} (transaction du journal {txn}).</translation>
        </message>
        <message>
            <source>(none given)</source>
            <translation>(aucun indiqué)</translation>
        </message>
        <message>
            <source>note: {text}</source>
            <translation>remarque : {text}</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> et {count} de plus</translation>
        </message>
        <message>
            <source>new organizations for people who work there: {names}</source>
            <translation>nouvelles organisations pour les personnes qui y travaillent : {names}</translation>
        </message>
        <message>
            <source>skip {row}: {reason}</source>
            <translation>ignoré {row} : {reason}</translation>
        </message>
        <message>
            <source>warning {row}: {text}</source>
            <translation>avertissement {row} : {text}</translation>
        </message>
        <message>
            <source>unknown columns: {unknown}; choose from {names}</source>
            <translation>colonnes inconnues : {unknown} ; choisissez parmi {names}</translation>
        </message>
        <message>
            <source>--one-per-contact needs --out DIR</source>
            <translation>--one-per-contact exige --out DIR</translation>
        </message>
        <message>
            <source>Kontor — contacts on your desk, in sync with your company.</source>
            <translation>Kontor — vos contacts sur votre bureau, synchronisés avec votre entreprise.</translation>
        </message>
        <message>
            <source>database file to open (default: your Kontor database; or set KONTOR_DB)</source>
            <translation>fichier de base de données à ouvrir (par défaut : votre base de données Kontor ; ou définissez KONTOR_DB)</translation>
        </message>
        <message>
            <source>open a separate demo database filled with sample contacts (never your own)</source>
            <translation>ouvrir une base de démonstration distincte, remplie de contacts d'exemple (jamais la vôtre)</translation>
        </message>
        <message>
            <source>open the window, then the import dialog for FILE (.vcf or .csv); `kontor FILE` does the same</source>
            <translation>ouvrir la fenêtre, puis la boîte d'importation pour FILE (.vcf ou .csv) ; `kontor FILE` fait de même</translation>
        </message>
        <message>
            <source>start offscreen on a temporary database, check that Kontor works, and exit (0 when every check passes)</source>
            <translation>démarrer hors écran sur une base de données temporaire, vérifier que Kontor fonctionne, puis quitter (0 quand toutes les vérifications réussissent)</translation>
        </message>
        <message>
            <source>with --self-test: also fail when the window takes longer than this to appear</source>
            <translation>avec --self-test : échouer aussi quand la fenêtre met plus de temps que cela à apparaître</translation>
        </message>
        <message>
            <source>add N generated contacts to a database (for benchmarks)</source>
            <translation>ajouter N contacts générés à une base de données (pour les mesures de performances)</translation>
        </message>
        <message>
            <source>save pictures of every section and editor tab (offscreen)</source>
            <translation>enregistrer des images de chaque section et de chaque onglet de l'éditeur (hors écran)</translation>
        </message>
        <message>
            <source>the language of the pictures (default: the language Kontor starts in)</source>
            <translation>la langue des images (par défaut : la langue de démarrage de Kontor)</translation>
        </message>
        <message>
            <source>run a reference server on this machine (to try sync): the Contacts API (enfore), Kanbert, the partner-organizations portal, KIP companies or the workspace API</source>
            <translation>lancer un serveur de référence sur cette machine (pour essayer la synchronisation) : l'API Contacts (enfore), Kanbert, le portail des organisations partenaires, les entreprises KIP ou l'API de l'espace de travail</translation>
        </message>
        <message>
            <source>which system's API to serve (default: enfore, the Contacts API)</source>
            <translation>l'API du système à servir (par défaut : enfore, l'API Contacts)</translation>
        </message>
        <message>
            <source>the bearer token clients must send (default: KONTOR_API_TOKEN from the environment)</source>
            <translation>le jeton « bearer » que les clients doivent envoyer (par défaut : KONTOR_API_TOKEN de l'environnement)</translation>
        </message>
        <message>
            <source>seed of the random faults, to replay a run (default: a new one each start, printed at start)</source>
            <translation>graine des pannes aléatoires, pour rejouer une exécution (par défaut : une nouvelle à chaque démarrage, affichée au démarrage)</translation>
        </message>
        <message>
            <source>fraction answered 500</source>
            <translation>proportion de réponses 500</translation>
        </message>
        <message>
            <source>every Nth request → 429</source>
            <translation>une requête sur N → 429</translation>
        </message>
        <message>
            <source>listing pages with problems</source>
            <translation>pages de liste avec des problèmes</translation>
        </message>
        <message>
            <source>answer these pages of contact listings 500 (1-based: page n is at offset (n-1)*limit), e.g. 3,4</source>
            <translation>répondre 500 à ces pages de listes de contacts (à partir de 1 : la page n est au décalage (n-1)*limit), p. ex. 3,4</translation>
        </message>
        <message>
            <source>contact listings silently end after the first N contacts (no problem reported)</source>
            <translation>les listes de contacts s'arrêtent sans avertissement après les N premiers contacts (aucun problème signalé)</translation>
        </message>
        <message>
            <source>the next N accepted writes are applied, then the connection is closed unanswered</source>
            <translation>les N prochaines écritures acceptées sont appliquées, puis la connexion est fermée sans réponse</translation>
        </message>
        <message>
            <source>only writes whose path matches REGEX count for --drop-after-apply (default: all)</source>
            <translation>seules les écritures dont le chemin correspond à REGEX comptent pour --drop-after-apply (par défaut : toutes)</translation>
        </message>
        <message>
            <source>answer writes whose body contains TEXT 422, without applying them</source>
            <translation>répondre 422 aux écritures dont le corps contient TEXT, sans les appliquer</translation>
        </message>
        <message>
            <source>answer every request after the first N with 401 (as if the token expired)</source>
            <translation>répondre 401 à toutes les requêtes après les N premières (comme si le jeton avait expiré)</translation>
        </message>
        <message>
            <source>answer every request under /orgs/ORG/ for these orgs 404 (partners: these partner ids)</source>
            <translation>répondre 404 à toutes les requêtes sous /orgs/ORG/ pour ces organisations (partenaires : ces ID de partenaire)</translation>
        </message>
        <message>
            <source>upgrade a database file and exit</source>
            <translation>mettre à niveau un fichier de base de données, puis quitter</translation>
        </message>
        <message>
            <source>put the newest good backup in place of a damaged database (kept under another name, not deleted)</source>
            <translation>remettre la dernière sauvegarde valide à la place d'une base de données endommagée (celle-ci est conservée sous un autre nom, pas supprimée)</translation>
        </message>
        <message>
            <source>there is no good backup of {path} in {folder}</source>
            <translation>il n'y a aucune sauvegarde valide de {path} dans {folder}</translation>
        </message>
        <message>
            <source>Restored {backup} as {path}; the file that was there is kept as {kept}</source>
            <translation>{backup} restauré sous {path} ; le fichier qui s'y trouvait est conservé sous {kept}</translation>
        </message>
        <message>
            <source>database file to sync (default: your Kontor database; or set KONTOR_DB)</source>
            <translation>fichier de base de données à synchroniser (par défaut : votre base de données Kontor ; ou définissez KONTOR_DB)</translation>
        </message>
        <message>
            <source>server address for this run (kept only if the database has no settings yet)</source>
            <translation>adresse du serveur pour cette exécution (conservée seulement si la base de données n'a pas encore de paramètres)</translation>
        </message>
        <message>
            <source>organization id for this run (kept only if the database has no settings yet)</source>
            <translation>ID de l'organisation pour cette exécution (conservé seulement si la base de données n'a pas encore de paramètres)</translation>
        </message>
        <message>
            <source>apply deletions made on the server even when there are many (over 50)</source>
            <translation>appliquer les suppressions faites sur le serveur même quand elles sont nombreuses (plus de 50)</translation>
        </message>
        <message>
            <source>no progress on stderr (the summary is printed)</source>
            <translation>aucune progression sur stderr (le résumé est affiché)</translation>
        </message>
        <message>
            <source>sync only this account (default: every enabled account; see `kontor accounts`)</source>
            <translation>synchroniser uniquement ce compte (par défaut : chaque compte activé ; voir `kontor accounts`)</translation>
        </message>
        <message>
            <source>not a whole number: {text}</source>
            <translation>pas un nombre entier : {text}</translation>
        </message>
        <message>
            <source>must be 0 or more, not {value}</source>
            <translation>doit être supérieur ou égal à 0, pas {value}</translation>
        </message>
        <message>
            <source>page numbers start at 1</source>
            <translation>les numéros de page commencent à 1</translation>
        </message>
        <message>
            <source>not a regular expression: {error}</source>
            <translation>pas une expression régulière : {error}</translation>
        </message>
        <message>
            <source>--contacts must be at least 1</source>
            <translation>--contacts doit valoir au moins 1</translation>
        </message>
        <message>
            <source>{done} / {total} contacts</source>
            <translation>{done} / {total} contacts</translation>
        </message>
        <message>
            <source>Added {count} contacts to {path} in {seconds} s</source>
            <translation>{count} contacts ajoutés à {path} en {seconds} s</translation>
        </message>
        <message>
            <source>give the token clients must send: --token TOKEN or KONTOR_API_TOKEN</source>
            <translation>indiquez le jeton que les clients doivent envoyer : --token TOKEN ou KONTOR_API_TOKEN</translation>
        </message>
        <message>
            <source>{system} reference server on {address} (Ctrl+C stops it); random faults use seed {seed} (--seed {seed} replays them)</source>
            <translation>Serveur de référence {system} sur {address} (Ctrl+C pour l'arrêter) ; les pannes aléatoires utilisent la graine {seed} (--seed {seed} les rejoue)</translation>
        </message>
        <message>
            <source>Reference server stopped.</source>
            <translation>Serveur de référence arrêté.</translation>
        </message>
        <message>
            <source>{path}: schema {old} → {new}</source>
            <translation>{path} : schéma {old} → {new}</translation>
        </message>
        <message>
            <source>--demo opens its own database; leave out --db</source>
            <translation>--demo ouvre sa propre base de données ; omettez --db</translation>
        </message>
        <message>
            <source>database file (default: your Kontor database; or set KONTOR_DB)</source>
            <translation>fichier de base de données (par défaut : votre base de données Kontor ; ou définissez KONTOR_DB)</translation>
        </message>
        <message>
            <source>save labels, envelopes, contact sheets or a phone list as a PDF file</source>
            <translation>enregistrer des étiquettes, des enveloppes, des fiches de contact ou une liste téléphonique dans un fichier PDF</translation>
        </message>
        <message>
            <source>labels: address labels; envelopes: one envelope per contact; sheet: one contact a page with everything; list: a phone list</source>
            <translation>labels : étiquettes d'adresse ; envelopes : une enveloppe par contact ; sheet : un contact par page avec toutes ses données ; list : une liste téléphonique</translation>
        </message>
        <message>
            <source>a contact to print (repeatable); without it, every contact the filters show</source>
            <translation>un contact à imprimer (répétable) ; sans cette option, tous les contacts affichés par les filtres</translation>
        </message>
        <message>
            <source>label sheet: 3x8 (70 x 36 mm), 3x7 (70 x 42.3 mm), 2x4 (99.1 x 67.7 mm), 2x8 (99.1 x 33.9 mm) or custom:COLUMNSxROWS:WIDTHxHEIGHT:LEFT,TOP[:GAPX,GAPY] in mm, e.g. custom:2x5:90x50:15,20:5,5 (default 3x8)</source>
            <translation>planche d'étiquettes : 3x8 (70 x 36 mm), 3x7 (70 x 42,3 mm), 2x4 (99,1 x 67,7 mm), 2x8 (99,1 x 33,9 mm) ou custom:COLONNESxLIGNES:LARGEURxHAUTEUR:GAUCHE,HAUT[:ÉCARTX,ÉCARTY] en mm, p. ex. custom:2x5:90x50:15,20:5,5 (par défaut 3x8)</translation>
        </message>
        <message>
            <source>labels: the first free label of a partly used sheet (1 = top left)</source>
            <translation>labels : la première étiquette libre d'une planche déjà entamée (1 = en haut à gauche)</translation>
        </message>
        <message>
            <source>envelopes: the organization sending (default: our organization, if chosen)</source>
            <translation>envelopes : l'organisation expéditrice (par défaut : notre organisation, si elle a été choisie)</translation>
        </message>
        <message>
            <source>no contact with the id or e-mail address {reference}</source>
            <translation>aucun contact avec l'ID ou l'adresse e-mail {reference}</translation>
        </message>
        <message>
            <source>unknown sheet {sheet}: use 3x8, 3x7, 2x4, 2x8 or custom:…</source>
            <translation>planche inconnue {sheet} : utilisez 3x8, 3x7, 2x4, 2x8 ou custom:…</translation>
        </message>
        <message>
            <source>cannot read {sheet}: write custom:COLUMNSxROWS:WIDTHxHEIGHT:LEFT,TOP[:GAPX,GAPY]</source>
            <translation>impossible de lire {sheet} : écrivez custom:COLONNESxLIGNES:LARGEURxHAUTEUR:GAUCHE,HAUT[:ÉCARTX,ÉCARTY]</translation>
        </message>
        <message>
            <source>the output must be a .pdf file — {path}</source>
            <translation>le fichier de sortie doit être un fichier .pdf — {path}</translation>
        </message>
        <message>
            <source>the folder {path} does not exist</source>
            <translation>le dossier {path} n'existe pas</translation>
        </message>
        <message>
            <source>there is no database at {path}</source>
            <translation>il n'y a pas de base de données à l'emplacement {path}</translation>
        </message>
        <message>
            <source>no contact to print: check --contact, --kind and --search</source>
            <translation>aucun contact à imprimer : vérifiez --contact, --kind et --search</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>left out (no postal address): {name}</source>
            <translation>omis (pas d'adresse postale) : {name}</translation>
        </message>
        <message>
            <source>the run is complete</source>
            <translation>l'exécution est terminée</translation>
        </message>
        <message>
            <source>incomplete, offline, cancelled, or deletions wait for --allow-deletions</source>
            <translation>incomplète, hors ligne, annulée, ou des suppressions attendent --allow-deletions</translation>
        </message>
        <message>
            <source>usage or set-up problem (no settings, no token, bad address, database)</source>
            <translation>problème d'utilisation ou de configuration (pas de paramètres, pas de jeton, adresse incorrecte, base de données)</translation>
        </message>
        <message>
            <source>the server refused the API token</source>
            <translation>le serveur a refusé le jeton d'API</translation>
        </message>
        <message>
            <source>stopped with Ctrl+C (what was not sent stays queued)</source>
            <translation>arrêtée avec Ctrl+C (ce qui n'a pas été envoyé reste en attente)</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>terminée</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>incomplète</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>hors ligne</translation>
        </message>
        <message>
            <source>refused (credentials)</source>
            <translation>refusée (identifiants)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>waiting for confirmation</source>
            <translation>en attente de confirmation</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échouée</translation>
        </message>
        <message>
            <source>sync a database with the Contacts API once and exit (for scripts)</source>
            <translation>synchroniser une fois une base de données avec l'API Contacts, puis quitter (pour les scripts)</translation>
        </message>
        <message>
            <source>Run one sync of a Kontor database with the Contacts API. The server address and organization are those stored in the database (Preferences); --url and --org override them for this run. A database with no sync settings yet keeps --url and --org once the server has answered, so the next run needs no flags. The API token is read from KONTOR_API_TOKEN, else from the system keychain (it is never taken as an argument).</source>
            <translation>Effectuer une synchronisation d'une base de données Kontor avec l'API Contacts. L'adresse du serveur et l'organisation sont celles enregistrées dans la base de données (Préférences) ; --url et --org les remplacent pour cette exécution. Une base de données sans paramètres de synchronisation conserve --url et --org dès que le serveur a répondu, de sorte que l'exécution suivante n'a besoin d'aucune option. Le jeton d'API est lu dans KONTOR_API_TOKEN, sinon dans le trousseau du système (il n'est jamais passé en argument).</translation>
        </message>
        <message>
            <source>exit status: {codes}</source>
            <translation>code de sortie : {codes}</translation>
        </message>
        <message>
            <source>{changes}, {issues} waiting for you</source>
            <translation>{changes}, {issues} en attente de votre décision</translation>
        </message>
        <message>
            <source> ({count} to link or create)</source>
            <translation> ({count} à lier ou créer)</translation>
        </message>
        <message>
            <source>there is no database at {path}. Give --url and --org to make a new one there and fill it from the server.</source>
            <translation>il n'y a pas de base de données à l'emplacement {path}. Indiquez --url et --org pour en créer une et la remplir depuis le serveur.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucune pour l'instant</translation>
        </message>
        <message>
            <source>there is no account named “{name}” in {path} (accounts: {names}; see `kontor accounts list`).</source>
            <translation>aucun compte ne s'appelle « {name} » dans {path} (comptes : {names} ; voir `kontor accounts list`).</translation>
        </message>
        <message>
            <source>the account “{name}” is disabled; skipped.</source>
            <translation>le compte « {name} » est désactivé ; ignoré.</translation>
        </message>
        <message>
            <source>{count} complete</source>
            <extracomment>What an account's run came to, by its exit status, for the total line.</extracomment>
            <translation>{count} complet(s)</translation>
        </message>
        <message>
            <source>{count} incomplete</source>
            <translation>{count} incomplet(s)</translation>
        </message>
        <message>
            <source>{count} not set up</source>
            <translation>{count} non configuré(s)</translation>
        </message>
        <message>
            <source>{count} refused the token</source>
            <translation>{count} ont refusé le jeton</translation>
        </message>
        <message>
            <source>{count} stopped</source>
            <translation>{count} arrêté(s)</translation>
        </message>
        <message>
            <source>Total: {accounts}, {results} (exit status {code})</source>
            <translation>Total : {accounts}, {results} (code de sortie {code})</translation>
        </message>
        <message>
            <source>no API token for the account “{name}”: set KONTOR_API_TOKEN or store it in Preferences → Accounts (system keychain).</source>
            <translation>aucun jeton d'API pour le compte « {name} » : définissez KONTOR_API_TOKEN ou enregistrez-le dans Préférences → Comptes (trousseau du système).</translation>
        </message>
        <message>
            <source>Syncing {path} with {type} “{name}” ({url})</source>
            <translation>Synchronisation de {path} avec {type} « {name} » ({url})</translation>
        </message>
        <message>
            <source>stopped. What was not sent stays queued.</source>
            <translation>arrêtée. Ce qui n'a pas été envoyé reste en attente.</translation>
        </message>
        <message>
            <source>{account}: sync {outcome}: {summary}</source>
            <translation>{account} : synchronisation {outcome} : {summary}</translation>
        </message>
        <message>
            <source>no server address and no org</source>
            <translation>ni adresse de serveur ni organisation</translation>
        </message>
        <message>
            <source>no server address</source>
            <translation>pas d'adresse de serveur</translation>
        </message>
        <message>
            <source>no org</source>
            <translation>pas d'organisation</translation>
        </message>
        <message>
            <source>Sync is not set up yet for {path} ({missing}). Enter the server address and the organization in Preferences, or give --url URL --org ORG (kept in the database for the next runs).</source>
            <translation>La synchronisation n'est pas encore configurée pour {path} ({missing}). Indiquez l'adresse du serveur et l'organisation dans les Préférences, ou passez --url URL --org ORG (conservés dans la base de données pour les exécutions suivantes).</translation>
        </message>
        <message>
            <source>the sync settings cannot be used: {problems}</source>
            <translation>les paramètres de synchronisation ne peuvent pas être utilisés : {problems}</translation>
        </message>
        <message>
            <source>{url} (org {org})</source>
            <translation>{url} (organisation {org})</translation>
        </message>
        <message>
            <source>Syncing {path} with {server}</source>
            <translation>Synchronisation de {path} avec {server}</translation>
        </message>
        <message>
            <source>stopped. What was not sent stays queued for the next run.</source>
            <translation>arrêtée. Ce qui n'a pas été envoyé reste en attente pour la prochaine exécution.</translation>
        </message>
        <message>
            <source>Kept {server} in {path}: next time `kontor sync --db {path}` needs no --url / --org.</source>
            <translation>{server} conservé dans {path} : la prochaine fois, `kontor sync --db {path}` n'a besoin ni de --url ni de --org.</translation>
        </message>
        <message>
            <source>Sync {outcome}: {summary}</source>
            <translation>Synchronisation {outcome} : {summary}</translation>
        </message>
        <message>
            <source>Set KONTOR_API_TOKEN, or store the token in Preferences (system keychain).</source>
            <translation>Définissez KONTOR_API_TOKEN, ou enregistrez le jeton dans les Préférences (trousseau du système).</translation>
        </message>
        <message>
            <source>Run again with --allow-deletions to apply the deletions.</source>
            <translation>Relancez avec --allow-deletions pour appliquer les suppressions.</translation>
        </message>
        <message>
            <source>the run failed: {error}</source>
            <translation>l'exécution a échoué : {error}</translation>
        </message>
    </context>
    <context>
        <name>Connection</name>
        <message>
            <source>No API token is stored for this server. Enter the API token.</source>
            <translation>Aucun jeton d'API n'est enregistré pour ce serveur. Saisissez le jeton d'API.</translation>
        </message>
        <message>
            <source>{host} did not answer within {seconds} seconds. Check the address and your network.</source>
            <translation>{host} n'a pas répondu dans un délai de {seconds} secondes. Vérifiez l'adresse et votre réseau.</translation>
        </message>
        <message>
            <source>{host} accepted the connection but did not answer within {seconds} seconds. The server may be busy; try again later.</source>
            <translation>{host} a accepté la connexion mais n'a pas répondu dans un délai de {seconds} secondes. Le serveur est peut-être occupé ; réessayez plus tard.</translation>
        </message>
        <message>
            <source>The connection to {host} broke off ({reason}). Check the address and your network, then try again.</source>
            <translation>La connexion à {host} a été interrompue ({reason}). Vérifiez l'adresse et votre réseau, puis réessayez.</translation>
        </message>
        <message>
            <source>Cannot reach {host}: {reason}. Check the address and your network.</source>
            <translation>Impossible de joindre {host} : {reason}. Vérifiez l'adresse et votre réseau.</translation>
        </message>
        <message>
            <source>unknown reason</source>
            <translation>raison inconnue</translation>
        </message>
        <message>
            <source>The server's TLS certificate could not be verified: {detail}. Kontor only talks to {host} over a verified connection; ask your administrator about the certificate.</source>
            <translation>Le certificat TLS du serveur n'a pas pu être vérifié : {detail}. Kontor ne communique avec {host} que par une connexion vérifiée ; interrogez votre administrateur au sujet du certificat.</translation>
        </message>
        <message>
            <source>A secure (TLS) connection to {host} could not be made: {detail}. Check that the address starts with the right scheme (https:// or http://) and uses the right port.</source>
            <translation>Impossible d'établir une connexion sécurisée (TLS) avec {host} : {detail}. Vérifiez que l'adresse commence par le bon schéma (https:// ou http://) et utilise le bon port.</translation>
        </message>
        <message>
            <source>the host name could not be found</source>
            <translation>le nom d'hôte est introuvable</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>connexion refusée</translation>
        </message>
        <message>
            <source>no route to the host</source>
            <translation>aucune route vers l'hôte</translation>
        </message>
        <message>
            <source>Connected to {host}: organization “{org}” is reachable and the token is accepted.</source>
            <translation>Connecté à {host} : l'organisation « {org} » est joignable et le jeton est accepté.</translation>
        </message>
        <message>
            <source>it answered {status} without a contact listing</source>
            <translation>il a répondu {status} sans liste de contacts</translation>
        </message>
        <message>
            <source>{host} redirects the request to {target} ({status}). Enter the address it redirects to as the server address.</source>
            <translation>{host} redirige la requête vers {target} ({status}). Indiquez comme adresse du serveur l'adresse vers laquelle il redirige.</translation>
        </message>
        <message>
            <source>{host} redirects the request ({status}). Enter the address it redirects to as the server address.</source>
            <translation>{host} redirige la requête ({status}). Indiquez comme adresse du serveur l'adresse vers laquelle il redirige.</translation>
        </message>
        <message>
            <source>The server refused the token (401). Enter a valid API token.</source>
            <translation>Le serveur a refusé le jeton (401). Saisissez un jeton d'API valide.</translation>
        </message>
        <message>
            <source>The token is not allowed to read the contacts of organization “{org}” (403). Ask your administrator for a token with access to it.</source>
            <translation>Le jeton n'est pas autorisé à lire les contacts de l'organisation « {org} » (403). Demandez à votre administrateur un jeton qui y donne accès.</translation>
        </message>
        <message>
            <source>it answered 404 for the contact listing</source>
            <translation>il a répondu 404 pour la liste des contacts</translation>
        </message>
        <message>
            <source>Organization “{org}” was not found (404). Check the organization id and the server address.</source>
            <translation>L'organisation « {org} » est introuvable (404). Vérifiez l'ID de l'organisation et l'adresse du serveur.</translation>
        </message>
        <message>
            <source>The server could not answer ({status}). Try again later; if it keeps happening, tell your administrator.</source>
            <translation>Le serveur n'a pas pu répondre ({status}). Réessayez plus tard ; si le problème persiste, prévenez votre administrateur.</translation>
        </message>
        <message>
            <source>it answered {status}</source>
            <translation>il a répondu {status}</translation>
        </message>
        <message>
            <source>{host} does not look like the Contacts API ({what}). Check the server address; it usually ends with the API version, e.g. /v1.</source>
            <translation>{host} ne semble pas être l'API Contacts ({what}). Vérifiez l'adresse du serveur ; elle se termine généralement par la version de l'API, p. ex. /v1.</translation>
        </message>
        <message>
            <source>Enter the server address, e.g. {example}.</source>
            <translation>Saisissez l'adresse du serveur, p. ex. {example}.</translation>
        </message>
        <message>
            <source>The server address must not contain spaces.</source>
            <translation>L'adresse du serveur ne doit pas contenir d'espaces.</translation>
        </message>
        <message>
            <source>The server address is not a valid web address (e.g. {example}).</source>
            <translation>L'adresse du serveur n'est pas une adresse web valide (p. ex. {example}).</translation>
        </message>
        <message>
            <source>The server address must start with https:// (e.g. {example}).</source>
            <translation>L'adresse du serveur doit commencer par https:// (p. ex. {example}).</translation>
        </message>
        <message>
            <source>The server address needs a host name, e.g. {example}.</source>
            <translation>L'adresse du serveur doit comporter un nom d'hôte, p. ex. {example}.</translation>
        </message>
        <message>
            <source>The server address must not contain a user name or password; enter the API token in its own field.</source>
            <translation>L'adresse du serveur ne doit contenir ni nom d'utilisateur ni mot de passe ; saisissez le jeton d'API dans son propre champ.</translation>
        </message>
        <message>
            <source>The server address must not contain “?” or “#”.</source>
            <translation>L'adresse du serveur ne doit contenir ni « ? » ni « # ».</translation>
        </message>
        <message>
            <source>The port in the server address must be between 1 and 65535.</source>
            <translation>Le port de l'adresse du serveur doit être compris entre 1 et 65535.</translation>
        </message>
        <message>
            <source>Plain http:// is allowed only for a server on this computer (localhost, 127.0.0.1 or ::1). Use https://{address} instead.</source>
            <translation>Le simple http:// n'est autorisé que pour un serveur sur cet ordinateur (localhost, 127.0.0.1 ou ::1). Utilisez plutôt https://{address}.</translation>
        </message>
        <message>
            <source>Enter the organization id.</source>
            <extracomment>The words for a tenant id's problems, by what the tenant is: empty, too long, a “/” in it, control characters in it.</extracomment>
            <translation>Saisissez l'ID de l'organisation.</translation>
        </message>
        <message>
            <source>The organization id is at most {most} characters long (this one has {length}).</source>
            <translation>L'ID de l'organisation ne peut pas dépasser {most} caractères (celui-ci en a {length}).</translation>
        </message>
        <message>
            <source>The organization id must not contain “/”.</source>
            <translation>L'ID de l'organisation ne doit pas contenir « / ».</translation>
        </message>
        <message>
            <source>The organization id must not contain control characters.</source>
            <translation>L'ID de l'organisation ne doit pas contenir de caractères de contrôle.</translation>
        </message>
        <message>
            <source>Enter the partner id.</source>
            <translation>Saisissez l'ID du partenaire.</translation>
        </message>
        <message>
            <source>The partner id is at most {most} characters long (this one has {length}).</source>
            <translation>L'ID du partenaire ne peut pas dépasser {most} caractères (celui-ci en a {length}).</translation>
        </message>
        <message>
            <source>The partner id must not contain “/”.</source>
            <translation>L'ID du partenaire ne doit pas contenir « / ».</translation>
        </message>
        <message>
            <source>The partner id must not contain control characters.</source>
            <translation>L'ID du partenaire ne doit pas contenir de caractères de contrôle.</translation>
        </message>
        <message>
            <source>The sync interval must be a whole number of minutes from 0 (sync by hand only) to {most} (once a day).</source>
            <translation>L'intervalle de synchronisation doit être un nombre entier de minutes compris entre 0 (synchronisation manuelle uniquement) et {most} (une fois par jour).</translation>
        </message>
        <message>
            <source>Unknown route names in the sync settings: {names}.</source>
            <translation>Noms de routes inconnus dans les paramètres de synchronisation : {names}.</translation>
        </message>
        <message>
            <source>Route templates must start with “/”: {names}.</source>
            <translation>Les modèles de route doivent commencer par « / » : {names}.</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the contact (Ctrl+S)</source>
            <translation>Enregistrer le contact (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Undo every change since the last save (Ctrl+R)</source>
            <translation>Annuler toutes les modifications depuis le dernier enregistrement (Ctrl+R)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Move the contact to the trash</source>
            <translation>Déplacer le contact dans la corbeille</translation>
        </message>
        <message>
            <source>Addresses, phones, e-mails, web</source>
            <translation>Adresses, téléphones, e-mails, web</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Travail</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>New {kind}</source>
            <translation>Nouvelle {kind}</translation>
        </message>
        <message>
            <source>Revert changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Throw away your changes to this contact?</source>
            <translation>Abandonner vos modifications de ce contact ?</translation>
        </message>
        <message>
            <source>Address {number}</source>
            <translation>Adresse {number}</translation>
        </message>
        <message>
            <source>Cannot save yet</source>
            <translation>Enregistrement impossible pour l'instant</translation>
        </message>
        <message>
            <source>Please correct these problems first:</source>
            <translation>Veuillez d'abord corriger ces problèmes :</translation>
        </message>
    </context>
    <context>
        <name>ContactListView</name>
        <message>
            <source>Search names, e-mails, phones, cities, VAT…</source>
            <translation>Rechercher noms, e-mails, téléphones, villes, TVA…</translation>
        </message>
        <message>
            <source>Only contacts with this tag</source>
            <translation>Uniquement les contacts avec cette étiquette</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Fournisseurs</translation>
        </message>
        <message>
            <source>Alternative payers</source>
            <translation>Tiers payeurs</translation>
        </message>
        <message>
            <source>Active or not</source>
            <translation>Actifs ou non</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actifs</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactifs</translation>
        </message>
        <message>
            <source>Active: at least one active role. Inactive: roles, but none active.</source>
            <translation>Actifs : au moins un rôle actif. Inactifs : des rôles, mais aucun actif.</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Toute étiquette</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <source>Show every contact again (the other filters stay)</source>
            <translation>Afficher à nouveau tous les contacts (les autres filtres restent)</translation>
        </message>
    </context>
    <context>
        <name>ContactPointsEditor</name>
        <message>
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <source>Add address</source>
            <translation>Ajouter une adresse</translation>
        </message>
        <message>
            <source>No addresses</source>
            <translation>Aucune adresse</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <source>Add phone</source>
            <translation>Ajouter un téléphone</translation>
        </message>
        <message>
            <source>No phones</source>
            <translation>Aucun téléphone</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <source>Add e-mail</source>
            <translation>Ajouter un e-mail</translation>
        </message>
        <message>
            <source>No e-mail addresses</source>
            <translation>Aucune adresse e-mail</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Add web address</source>
            <translation>Ajouter une adresse web</translation>
        </message>
        <message>
            <source>No web addresses</source>
            <translation>Aucune adresse web</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Alternative payer</source>
            <translation>Tiers payeur</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Please correct these first:</source>
            <translation>Veuillez d'abord corriger ceci :</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>« {name} » enregistré.</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Non supprimé</translation>
        </message>
        <message>
            <source>“{name}” moved to the trash (Ctrl+Z to undo).</source>
            <translation>« {name} » déplacé dans la corbeille (Ctrl+Z pour annuler).</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save the changes to “{name}”?</source>
            <translation>Enregistrer les modifications de « {name} » ?</translation>
        </message>
        <message>
            <source>the new contact</source>
            <translation>le nouveau contact</translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ people</source>
            <translation>
                <numerusform>%Ln+ personne</numerusform>
                <numerusform>%Ln+ personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln personne</numerusform>
                <numerusform>%Ln personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ organizations</source>
            <translation>
                <numerusform>%Ln+ organisation</numerusform>
                <numerusform>%Ln+ organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organizations</source>
            <translation>
                <numerusform>%Ln organisation</numerusform>
                <numerusform>%Ln organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ matches</source>
            <translation>
                <numerusform>%Ln+ résultat</numerusform>
                <numerusform>%Ln+ résultats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln résultat</numerusform>
                <numerusform>%Ln résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation>{matches} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>CsvMapping</name>
        <message>
            <source>— not imported —</source>
            <translation>— ne pas importer —</translation>
        </message>
    </context>
    <context>
        <name>CsvMappingPage</name>
        <message>
            <source>The character encoding of the file; choose another if accents look wrong</source>
            <translation>L'encodage des caractères du fichier ; choisissez-en un autre si les accents s'affichent mal</translation>
        </message>
        <message>
            <source>Comma  ,</source>
            <translation>Virgule  ,</translation>
        </message>
        <message>
            <source>Semicolon  ;</source>
            <translation>Point-virgule  ;</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulation</translation>
        </message>
        <message>
            <source>Vertical bar  |</source>
            <translation>Barre verticale  |</translation>
        </message>
        <message>
            <source>First row holds the column &amp;names</source>
            <translation>La première ligne contient les &amp;noms de colonnes</translation>
        </message>
        <message>
            <source>Untick for a file without a header row: its columns are then numbered and the first row is imported too</source>
            <translation>Décochez pour un fichier sans ligne d'en-tête : ses colonnes sont alors numérotées et la première ligne est aussi importée</translation>
        </message>
        <message>
            <source>Day first (31/12/1980)</source>
            <translation>Jour d'abord (31/12/1980)</translation>
        </message>
        <message>
            <source>Month first (12/31/1980)</source>
            <translation>Mois d'abord (12/31/1980)</translation>
        </message>
        <message>
            <source>Year first (1980-12-31)</source>
            <translation>Année d'abord (1980-12-31)</translation>
        </message>
        <message>
            <source>Use a column mapping saved earlier</source>
            <translation>Utiliser une correspondance de colonnes enregistrée auparavant</translation>
        </message>
        <message>
            <source>&amp;Save as template…</source>
            <translation>En&amp;registrer comme modèle…</translation>
        </message>
        <message>
            <source>De&amp;lete template</source>
            <translation>Su&amp;pprimer le modèle</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Encodage :</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>&amp;Séparateur :</translation>
        </message>
        <message>
            <source>Dates &amp;are:</source>
            <translation>&amp;Format des dates :</translation>
        </message>
        <message>
            <source>Recognised as:</source>
            <translation>Reconnu comme :</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Modèle :</translation>
        </message>
        <message>
            <source>Columns of the file and the field each goes into:</source>
            <translation>Colonnes du fichier et champ dans lequel chacune est importée :</translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln rows as they would be imported (red: not imported, amber: imported with a warning; point at a cell for the reason):</source>
            <translation>
                <numerusform>La première ligne telle qu'elle serait importée (rouge : non importée, orange : importée avec un avertissement ; survolez une cellule pour en voir la raison) :</numerusform>
                <numerusform>Les %Ln premières lignes telles qu'elles seraient importées (rouge : non importée, orange : importée avec un avertissement ; survolez une cellule pour en voir la raison) :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{kind} — %Ln columns</source>
            <translation>
                <numerusform>{kind} — %Ln colonne</numerusform>
                <numerusform>{kind} — %Ln colonnes</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading “{file}”…</source>
            <translation>Lecture de « {file} »…</translation>
        </message>
        <message>
            <source>— (the file cannot be read like this)</source>
            <translation>— (le fichier ne peut pas être lu ainsi)</translation>
        </message>
        <message>
            <source>an Outlook export</source>
            <translation>un export Outlook</translation>
        </message>
        <message>
            <source>a Google Contacts export</source>
            <translation>un export Google Contacts</translation>
        </message>
        <message>
            <source>a Thunderbird export</source>
            <translation>un export Thunderbird</translation>
        </message>
        <message>
            <source>a spreadsheet with known column names</source>
            <translation>un tableur avec des noms de colonnes connus</translation>
        </message>
        <message>
            <source>unknown columns: choose the field of each</source>
            <translation>colonnes inconnues : choisissez le champ de chacune</translation>
        </message>
        <message>
            <source>no header row: choose the field of each column by its position</source>
            <translation>pas de ligne d'en-tête : choisissez le champ de chaque colonne d'après sa position</translation>
        </message>
        <message>
            <source>Detected: {layout}</source>
            <translation>Détecté : {layout}</translation>
        </message>
        <message>
            <source>Detected mapping</source>
            <translation>Correspondance détectée</translation>
        </message>
        <message>
            <source>The file could not be read: {error}</source>
            <translation>Le fichier n'a pas pu être lu : {error}</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Première valeur</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importer comme</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>Import “{column}” as</source>
            <translation>Importer « {column} » comme</translation>
        </message>
        <message>
            <source>Choose the field of at least one column to import.</source>
            <translation>Choisissez le champ d'au moins une colonne à importer.</translation>
        </message>
        <message>
            <source>Several columns go into this field: the first value is kept</source>
            <translation>Plusieurs colonnes vont dans ce champ : la première valeur est conservée</translation>
        </message>
        <message>
            <source>Checking the first rows…</source>
            <translation>Vérification des premières lignes…</translation>
        </message>
        <message>
            <source>Save mapping template</source>
            <translation>Enregistrer le modèle de correspondance</translation>
        </message>
        <message>
            <source>Name of the template (e.g. “Outlook from the sales team”):</source>
            <translation>Nom du modèle (p. ex. « Outlook de l'équipe commerciale ») :</translation>
        </message>
        <message>
            <source>Replace the template “{name}”?</source>
            <translation>Remplacer le modèle « {name} » ?</translation>
        </message>
        <message>
            <source>Name of the template:</source>
            <translation>Nom du modèle :</translation>
        </message>
        <message>
            <source>Saved the template “{name}”.</source>
            <translation>Modèle « {name} » enregistré.</translation>
        </message>
        <message>
            <source>Delete mapping template</source>
            <translation>Supprimer le modèle de correspondance</translation>
        </message>
        <message>
            <source>Delete the template “{name}”? The mapping on screen stays.</source>
            <translation>Supprimer le modèle « {name} » ? La correspondance affichée est conservée.</translation>
        </message>
    </context>
    <context>
        <name>CsvTargets</name>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Deuxième prénom</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Title (Dr., Mr., …)</source>
            <translation>Titre (Dr, M., …)</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Suffixe du nom</translation>
        </message>
        <message>
            <source>Person or organization</source>
            <translation>Personne ou organisation</translation>
        </message>
        <message>
            <source>Organization / company</source>
            <translation>Organisation / entreprise</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Anniversaire</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Tags / categories</source>
            <translation>Étiquettes / catégories</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>ID externe</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>Numéro de TVA</translation>
        </message>
        <message>
            <source>E-mail (home)</source>
            <translation>E-mail (domicile)</translation>
        </message>
        <message>
            <source>E-mail (work)</source>
            <translation>E-mail (travail)</translation>
        </message>
        <message>
            <source>E-mail (other)</source>
            <translation>E-mail (autre)</translation>
        </message>
        <message>
            <source>Phone (mobile)</source>
            <translation>Téléphone (mobile)</translation>
        </message>
        <message>
            <source>Phone (work)</source>
            <translation>Téléphone (travail)</translation>
        </message>
        <message>
            <source>Phone (home)</source>
            <translation>Téléphone (domicile)</translation>
        </message>
        <message>
            <source>Phone (main number)</source>
            <translation>Téléphone (numéro principal)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Fax (work)</source>
            <translation>Fax (travail)</translation>
        </message>
        <message>
            <source>Fax (home)</source>
            <translation>Fax (domicile)</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Bipeur</translation>
        </message>
        <message>
            <source>Phone (other)</source>
            <translation>Téléphone (autre)</translation>
        </message>
        <message>
            <source>Web address (personal)</source>
            <translation>Adresse web (personnelle)</translation>
        </message>
        <message>
            <source>Web address (work)</source>
            <translation>Adresse web (travail)</translation>
        </message>
        <message>
            <source>Home address</source>
            <translation>Adresse du domicile</translation>
        </message>
        <message>
            <source>Work address</source>
            <translation>Adresse professionnelle</translation>
        </message>
        <message>
            <source>Other address</source>
            <translation>Autre adresse</translation>
        </message>
        <message>
            <source>E-mail {n}</source>
            <translation>E-mail {n}</translation>
        </message>
        <message>
            <source>Phone {n}</source>
            <translation>Téléphone {n}</translation>
        </message>
        <message>
            <source>Web address {n}</source>
            <translation>Adresse web {n}</translation>
        </message>
        <message>
            <source>Address {n}</source>
            <translation>Adresse {n}</translation>
        </message>
        <message>
            <source>street</source>
            <translation>rue</translation>
        </message>
        <message>
            <source>street line 2</source>
            <translation>ligne d'adresse 2</translation>
        </message>
        <message>
            <source>street line 3</source>
            <translation>ligne d'adresse 3</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>boîte postale</translation>
        </message>
        <message>
            <source>city</source>
            <translation>ville</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>code postal</translation>
        </message>
        <message>
            <source>state / region</source>
            <translation>État / région</translation>
        </message>
        <message>
            <source>country</source>
            <translation>pays</translation>
        </message>
        <message>
            <source>whole address</source>
            <translation>adresse complète</translation>
        </message>
        <message>
            <source>{field} — {part}</source>
            <translation>{field} — {part}</translation>
        </message>
        <message>
            <source>type or label</source>
            <translation>type ou libellé</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldRow</name>
        <message>
            <source>Field name</source>
            <translation>Nom du champ</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Yes/no</source>
            <translation>Oui/non</translation>
        </message>
        <message>
            <source>Whole number</source>
            <translation>Nombre entier</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Vide</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>(no value)</source>
            <translation>(aucune valeur)</translation>
        </message>
        <message>
            <source>Other (kept as received)</source>
            <translation>Autre (conservé tel que reçu)</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsEditor</name>
        <message>
            <source>Custom fields</source>
            <translation>Champs personnalisés</translation>
        </message>
        <message>
            <source>Add custom field</source>
            <translation>Ajouter un champ personnalisé</translation>
        </message>
        <message>
            <source>No custom fields</source>
            <translation>Aucun champ personnalisé</translation>
        </message>
    </context>
    <context>
        <name>CustomerBox</name>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <source>Requires formal invoice</source>
            <translation>Exige une facture en bonne et due forme</translation>
        </message>
        <message>
            <source>13 digits</source>
            <translation>13 chiffres</translation>
        </message>
        <message>
            <source>Assigned by the server</source>
            <translation>Attribué par le serveur</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Numéro de client</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Client depuis</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Customer card</source>
            <translation>Carte client</translation>
        </message>
        <message>
            <source>Alternative payer</source>
            <translation>Tiers payeur</translation>
        </message>
        <message>
            <source>Debtor account</source>
            <translation>Compte débiteur</translation>
        </message>
        <message>
            <source>Managed by</source>
            <translation>Géré par</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Limite de crédit</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>N° de TVA intracommunautaire</translation>
        </message>
        <message>
            <source>Tax registration no.</source>
            <translation>N° d'identification fiscale</translation>
        </message>
        <message>
            <source>Tax exemptions</source>
            <translation>Exonérations fiscales</translation>
        </message>
        <message>
            <source>Delivery and invoicing</source>
            <translation>Livraison et facturation</translation>
        </message>
        <message>
            <source>Add configuration</source>
            <translation>Ajouter une configuration</translation>
        </message>
        <message>
            <source>No delivery and invoicing configurations</source>
            <translation>Aucune configuration de livraison et de facturation</translation>
        </message>
    </context>
    <context>
        <name>CustomerListsPage</name>
        <message>
            <source>Customer lists</source>
            <translation>Listes de clients</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>New list…</source>
            <translation>Nouvelle liste…</translation>
        </message>
        <message>
            <source>Make a new customer list (Ctrl+N)</source>
            <translation>Créer une nouvelle liste de clients (Ctrl+N)</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Rename the chosen list (F2)</source>
            <translation>Renommer la liste choisie (F2)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Move the chosen list to the trash (Del)</source>
            <translation>Déplacer la liste choisie dans la corbeille (Suppr)</translation>
        </message>
        <message>
            <source>Show deleted lists</source>
            <translation>Afficher les listes supprimées</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Take the chosen list out of the trash</source>
            <translation>Sortir la liste choisie de la corbeille</translation>
        </message>
        <message>
            <source>Add members…</source>
            <translation>Ajouter des membres…</translation>
        </message>
        <message>
            <source>Search contacts and add them to the list</source>
            <translation>Rechercher des contacts et les ajouter à la liste</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Take the chosen members out of the list (Del)</source>
            <translation>Retirer de la liste les membres choisis (Suppr)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln deleted customer lists</source>
            <translation>
                <numerusform>%Ln liste de clients supprimée</numerusform>
                <numerusform>%Ln listes de clients supprimées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer lists</source>
            <translation>
                <numerusform>%Ln liste de clients</numerusform>
                <numerusform>%Ln listes de clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%Ln in the trash)</source>
            <translation>
                <numerusform> (%Ln dans la corbeille)</numerusform>
                <numerusform> (%Ln dans la corbeille)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln members</source>
            <translation>
                <numerusform>%Ln membre</numerusform>
                <numerusform>%Ln membres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln members added to “{name}”</source>
            <translation>
                <numerusform>%Ln membre ajouté à « {name} »</numerusform>
                <numerusform>%Ln membres ajoutés à « {name} »</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln members taken out of “{name}”</source>
            <translation>
                <numerusform>%Ln membre retiré de « {name} »</numerusform>
                <numerusform>%Ln membres retirés de « {name} »</numerusform>
            </translation>
        </message>
        <message>
            <source>No list chosen — make one with New list (Ctrl+N)</source>
            <translation>Aucune liste choisie — créez-en une avec Nouvelle liste (Ctrl+N)</translation>
        </message>
        <message>
            <source> — in the trash</source>
            <translation> — dans la corbeille</translation>
        </message>
        <message>
            <source>New customer list</source>
            <translation>Nouvelle liste de clients</translation>
        </message>
        <message>
            <source>Name of the new list:</source>
            <translation>Nom de la nouvelle liste :</translation>
        </message>
        <message>
            <source>Customer list “{name}” made</source>
            <translation>Liste de clients « {name} » créée</translation>
        </message>
        <message>
            <source>Rename customer list</source>
            <translation>Renommer la liste de clients</translation>
        </message>
        <message>
            <source>New name of the list:</source>
            <translation>Nouveau nom de la liste :</translation>
        </message>
        <message>
            <source>Customer list renamed to “{name}”</source>
            <translation>Liste de clients renommée en « {name} »</translation>
        </message>
        <message>
            <source>“{name}” moved to the trash; tick “Show deleted lists” to restore it</source>
            <translation>« {name} » déplacée dans la corbeille ; cochez « Afficher les listes supprimées » pour la restaurer</translation>
        </message>
        <message>
            <source>“{name}” restored</source>
            <translation>« {name} » restaurée</translation>
        </message>
        <message>
            <source>The list or one of the contacts was deleted meanwhile.</source>
            <translation>La liste ou l'un des contacts a été supprimé entre-temps.</translation>
        </message>
    </context>
    <context>
        <name>DataQualityPage</name>
        <message>
            <source>Data quality</source>
            <translation>Qualité des données</translation>
        </message>
        <message>
            <source>The book has not been checked yet.</source>
            <translation>Le carnet n'a pas encore été vérifié.</translation>
        </message>
        <message>
            <source>Check the whole book again</source>
            <translation>Vérifier à nouveau tout le carnet</translation>
        </message>
        <message>
            <source>Stop the check; the counts of the previous check stay</source>
            <translation>Arrêter la vérification ; les chiffres de la vérification précédente restent</translation>
        </message>
        <message>
            <source>Open and fix</source>
            <translation>Ouvrir et corriger</translation>
        </message>
        <message>
            <source>Open the contact on this field (Enter)</source>
            <translation>Ouvrir le contact sur ce champ (Entrée)</translation>
        </message>
        <message>
            <source>Show in People</source>
            <translation>Afficher dans Personnes</translation>
        </message>
        <message>
            <source>List just these people in People, to open and fix them one by one</source>
            <translation>Lister uniquement ces personnes dans Personnes, pour les ouvrir et les corriger une à une</translation>
        </message>
        <message>
            <source>Show in Organizations</source>
            <translation>Afficher dans Organisations</translation>
        </message>
        <message>
            <source>List just these organizations in Organizations, to open and fix them</source>
            <translation>Lister uniquement ces organisations dans Organisations, pour les ouvrir et les corriger</translation>
        </message>
        <message>
            <source>Checking every contact…</source>
            <translation>Vérification de tous les contacts…</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln contacts…</source>
            <translation>
                <numerusform>Vérification de %Ln contact…</numerusform>
                <numerusform>Vérification de %Ln contacts…</numerusform>
            </translation>
        </message>
        <message>
            <source>Check cancelled</source>
            <translation>Vérification annulée</translation>
        </message>
        <message>
            <source>The check was cancelled; the book has not been checked yet.</source>
            <translation>La vérification a été annulée ; le carnet n'a pas encore été vérifié.</translation>
        </message>
        <message>
            <source>Check cancelled: the counts of the previous check stay</source>
            <translation>Vérification annulée : les chiffres de la vérification précédente restent</translation>
        </message>
        <message>
            <source>The check failed: {reason}</source>
            <translation>La vérification a échoué : {reason}</translation>
        </message>
        <message>
            <source>Data quality: not checked yet</source>
            <translation>Qualité des données : pas encore vérifiée</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts checked (whole book {when}); kept current as contacts change.</source>
            <translation>
                <numerusform>%Ln contact vérifié (carnet entier : {when}) ; tenu à jour à chaque modification des contacts.</numerusform>
                <numerusform>%Ln contacts vérifiés (carnet entier : {when}) ; tenu à jour à chaque modification des contacts.</numerusform>
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
                <numerusform>%Ln problème trouvé dans {contacts}</numerusform>
                <numerusform>%Ln problèmes trouvés dans {contacts}</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Fusionner…</translation>
        </message>
        <message numerus="yes">
            <source>Data quality: %Ln contacts with “{problem}”</source>
            <translation>
                <numerusform>Qualité des données : %Ln contact — « {problem} »</numerusform>
                <numerusform>Qualité des données : %Ln contacts — « {problem} »</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database {file} was last used by a newer version of Kontor (schema {revision}). Please install the latest Kontor to open it. The file has not been changed.</source>
            <translation>La base de données {file} a été utilisée en dernier par une version plus récente de Kontor (schéma {revision}). Installez la dernière version de Kontor pour l'ouvrir. Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>{path} is not a Kontor database ({reason}). The file has not been changed.</source>
            <translation>{path} n'est pas une base de données Kontor ({reason}). Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The database {file} is damaged ({reason}). Kontor has not opened it, so nothing in it has been changed.</source>
            <translation>La base de données {file} est endommagée ({reason}). Kontor ne l'a pas ouverte : rien n'y a donc été modifié.</translation>
        </message>
        <message>
            <source>The newest good backup is {backup} (saved {saved}, in {folder}). Start Kontor to restore it, or run: kontor restore-backup --db "{path}". The damaged file is kept beside it under another name.</source>
            <translation>La dernière sauvegarde valide est {backup} (enregistrée le {saved}, dans {folder}). Démarrez Kontor pour la restaurer, ou lancez : kontor restore-backup --db "{path}". Le fichier endommagé est conservé à côté, sous un autre nom.</translation>
        </message>
        <message>
            <source>Kontor found no good backup of it in {folder}.</source>
            <translation>Kontor n'en a trouvé aucune sauvegarde valide dans {folder}.</translation>
        </message>
        <message>
            <source>The database {file} could not be created ({reason}).</source>
            <translation>La base de données {file} n'a pas pu être créée ({reason}).</translation>
        </message>
        <message>
            <source>The database {file} could not be upgraded from schema {current} to {target} ({reason}).</source>
            <translation>La base de données {file} n'a pas pu être mise à niveau du schéma {current} au schéma {target} ({reason}).</translation>
        </message>
        <message>
            <source>It has been left as it was; a copy from before is in {backup}.</source>
            <translation>Elle a été laissée telle quelle ; une copie antérieure se trouve dans {backup}.</translation>
        </message>
        <message>
            <source>It has been left as it was.</source>
            <translation>Elle a été laissée telle quelle.</translation>
        </message>
        <message>
            <source>it is not an SQLite database</source>
            <translation>ce n'est pas une base de données SQLite</translation>
        </message>
        <message>
            <source>it holds other tables</source>
            <translation>elle contient d'autres tables</translation>
        </message>
        <message>
            <source>The database {file} could not be read ({error}). It has not been changed.</source>
            <translation>La base de données {file} n'a pas pu être lue ({error}). Elle n'a pas été modifiée.</translation>
        </message>
        <message>
            <source>The backup {backup} is not a sound Kontor database.</source>
            <translation>La sauvegarde {backup} n'est pas une base de données Kontor intacte.</translation>
        </message>
        <message>
            <source>The database {file} could not be checked ({error}). It has not been changed.</source>
            <translation>La base de données {file} n'a pas pu être vérifiée ({error}). Elle n'a pas été modifiée.</translation>
        </message>
    </context>
    <context>
        <name>DeliveryConfigRow</name>
        <message>
            <source>Any brand</source>
            <translation>Toutes les marques</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Marque</translation>
        </message>
        <message>
            <source>Invoice to</source>
            <translation>Facturer à</translation>
        </message>
        <message>
            <source>Deliver to</source>
            <translation>Livrer à</translation>
        </message>
    </context>
    <context>
        <name>DepartmentRow</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>DuplicateBanner</name>
        <message>
            <source>Possible duplicate</source>
            <translation>Doublon possible</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Show the existing contact</source>
            <translation>Afficher le contact existant</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionner…</translation>
        </message>
        <message>
            <source>Merge this contact and the existing one into one</source>
            <translation>Fusionner ce contact et le contact existant en un seul</translation>
        </message>
        <message>
            <source>Dismiss: they are different contacts</source>
            <translation>Ignorer : ce sont des contacts différents</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Possible duplicate: “{name}” ({reasons})</source>
            <translation>Doublon possible : « {name} » ({reasons})</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>sans nom</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>et %Ln autre</numerusform>
                <numerusform>et %Ln autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same VAT number ({value})</source>
            <translation>même numéro de TVA ({value})</translation>
        </message>
        <message>
            <source>same e-mail ({value})</source>
            <translation>même e-mail ({value})</translation>
        </message>
        <message>
            <source>same phone ({value})</source>
            <translation>même téléphone ({value})</translation>
        </message>
        <message>
            <source>customer role</source>
            <translation>rôle client</translation>
        </message>
        <message>
            <source>supplier role</source>
            <translation>rôle fournisseur</translation>
        </message>
        <message>
            <source>alternative payer role</source>
            <translation>rôle tiers payeur</translation>
        </message>
        <message>
            <source>1 address</source>
            <translation>1 adresse</translation>
        </message>
        <message>
            <source>{n} addresses</source>
            <translation>{n} adresses</translation>
        </message>
        <message>
            <source>1 e-mail</source>
            <translation>1 e-mail</translation>
        </message>
        <message>
            <source>{n} e-mails</source>
            <translation>{n} e-mails</translation>
        </message>
        <message>
            <source>1 phone</source>
            <translation>1 téléphone</translation>
        </message>
        <message>
            <source>{n} phones</source>
            <translation>{n} téléphones</translation>
        </message>
        <message>
            <source>1 web address</source>
            <translation>1 adresse web</translation>
        </message>
        <message>
            <source>{n} web addresses</source>
            <translation>{n} adresses web</translation>
        </message>
        <message>
            <source>1 professional identity</source>
            <translation>1 identité professionnelle</translation>
        </message>
        <message>
            <source>{n} professional identities</source>
            <translation>{n} identités professionnelles</translation>
        </message>
        <message>
            <source>1 relationship</source>
            <translation>1 relation</translation>
        </message>
        <message>
            <source>{n} relationships</source>
            <translation>{n} relations</translation>
        </message>
        <message>
            <source>1 department</source>
            <translation>1 service</translation>
        </message>
        <message>
            <source>{n} departments</source>
            <translation>{n} services</translation>
        </message>
        <message>
            <source>1 location</source>
            <translation>1 site</translation>
        </message>
        <message>
            <source>{n} locations</source>
            <translation>{n} sites</translation>
        </message>
        <message>
            <source>1 membership</source>
            <translation>1 adhésion</translation>
        </message>
        <message>
            <source>{n} memberships</source>
            <translation>{n} adhésions</translation>
        </message>
        <message>
            <source>1 picture</source>
            <translation>1 photo</translation>
        </message>
        <message>
            <source>{n} pictures</source>
            <translation>{n} photos</translation>
        </message>
        <message>
            <source>similar name “{name}” in {city}</source>
            <translation>nom similaire « {name} » à {city}</translation>
        </message>
        <message>
            <source>similar name ({score}%) in the same city</source>
            <translation>nom similaire ({score} %) dans la même ville</translation>
        </message>
        <message>
            <source>A contact cannot be merged with itself.</source>
            <translation>Un contact ne peut pas être fusionné avec lui-même.</translation>
        </message>
        <message>
            <source>A person and an organization cannot be merged.</source>
            <translation>Une personne et une organisation ne peuvent pas être fusionnées.</translation>
        </message>
        <message>
            <source>Restore the contact from the trash before merging it.</source>
            <translation>Restaurez le contact depuis la corbeille avant de le fusionner.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Duplicates</source>
            <translation>Doublons</translation>
        </message>
        <message>
            <source>Contacts that are probably the same party: the same e-mail, phone or VAT number, or a very similar name in the same city. Merge keeps one and moves everything of the other to it.</source>
            <translation>Contacts qui représentent probablement la même entité : même e-mail, même téléphone ou même numéro de TVA, ou nom très proche dans la même ville. La fusion en conserve un et y transfère tout ce qui appartient à l'autre.</translation>
        </message>
        <message>
            <source>Find &amp;duplicates</source>
            <translation>Rechercher les &amp;doublons</translation>
        </message>
        <message>
            <source>Look through every contact</source>
            <translation>Parcourir tous les contacts</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionner…</translation>
        </message>
        <message>
            <source>Merge the two contacts of the selected pair (Enter)</source>
            <translation>Fusionner les deux contacts de la paire sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Open f&amp;irst</source>
            <translation>Ouvrir le p&amp;remier</translation>
        </message>
        <message>
            <source>Open &amp;second</source>
            <translation>Ouvrir le &amp;second</translation>
        </message>
        <message>
            <source>&amp;Not duplicates</source>
            <translation>&amp;Pas des doublons</translation>
        </message>
        <message>
            <source>Take the pair off the list until the next scan (Del)</source>
            <translation>Retirer la paire de la liste jusqu'à la prochaine recherche (Suppr)</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Recherche des doublons…</translation>
        </message>
        <message numerus="yes">
            <source>Looking for duplicates… {done} of %Ln contacts compared</source>
            <translation>
                <numerusform>Recherche des doublons… {done} sur %Ln contact comparés</numerusform>
                <numerusform>Recherche des doublons… {done} sur %Ln contacts comparés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln possible duplicate pairs</source>
            <translation>
                <numerusform>%Ln paire de doublons possible</numerusform>
                <numerusform>%Ln paires de doublons possibles</numerusform>
            </translation>
        </message>
        <message>
            <source>Search cancelled: the pairs found so far are listed</source>
            <translation>Recherche annulée : les paires trouvées jusqu'ici sont listées</translation>
        </message>
        <message>
            <source>The search failed: {error}</source>
            <translation>La recherche a échoué : {error}</translation>
        </message>
        <message>
            <source>Choose “Find duplicates” to look through every contact.</source>
            <translation>Choisissez « Rechercher les doublons » pour parcourir tous les contacts.</translation>
        </message>
        <message>
            <source>No likely duplicates.</source>
            <translation>Aucun doublon probable.</translation>
        </message>
        <message>
            <source>Not searched yet</source>
            <translation>Pas encore de recherche</translation>
        </message>
        <message>
            <source>{found} (searched at {time})</source>
            <translation>{found} (recherche : {time})</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesUi</name>
        <message>
            <source>the new contact</source>
            <translation>le nouveau contact</translation>
        </message>
        <message>
            <source>Merge contacts</source>
            <translation>Fusionner des contacts</translation>
        </message>
        <message>
            <source>Only saved contacts can be merged. Save “{name}” now, then choose what to keep of both?</source>
            <translation>Seuls les contacts enregistrés peuvent être fusionnés. Enregistrer « {name} » maintenant, puis choisir ce qu'il faut garder des deux ?</translation>
        </message>
        <message>
            <source>Merged into “{name}”. Edit → Undo (Ctrl+Z) takes the merge back.</source>
            <translation>Fusionné dans « {name} ». Édition → Annuler (Ctrl+Z) annule la fusion.</translation>
        </message>
    </context>
    <context>
        <name>EmailRow</name>
        <message>
            <source>name@example.org</source>
            <translation>nom@example.org</translation>
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
            <translation>Valeur non documentée ; conservée telle que reçue</translation>
        </message>
    </context>
    <context>
        <name>EnumValue</name>
        <message>
            <source>Not qualified</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Factory</source>
            <translation>Usine</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>Siège social</translation>
        </message>
        <message>
            <source>Home office</source>
            <translation>Bureau à domicile</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Bureau</translation>
        </message>
        <message>
            <source>Office center</source>
            <translation>Centre d'affaires</translation>
        </message>
        <message>
            <source>Packstation</source>
            <translation>Packstation</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Boîte postale</translation>
        </message>
        <message>
            <source>Post office</source>
            <translation>Bureau de poste</translation>
        </message>
        <message>
            <source>Residential home</source>
            <translation>Domicile</translation>
        </message>
        <message>
            <source>Second home</source>
            <translation>Résidence secondaire</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>Point relais</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Magasin</translation>
        </message>
        <message>
            <source>Subsidiary</source>
            <translation>Filiale</translation>
        </message>
        <message>
            <source>Vacation home</source>
            <translation>Maison de vacances</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Entrepôt</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Correspondence</source>
            <translation>Correspondance</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Factures</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Expédition</translation>
        </message>
        <message>
            <source>E-mail alias</source>
            <translation>Alias e-mail</translation>
        </message>
        <message>
            <source>Mailing list</source>
            <translation>Liste de diffusion</translation>
        </message>
        <message>
            <source>Personal e-mail</source>
            <translation>E-mail personnel</translation>
        </message>
        <message>
            <source>Work e-mail</source>
            <translation>E-mail professionnel</translation>
        </message>
        <message>
            <source>Direct extension</source>
            <translation>Poste direct</translation>
        </message>
        <message>
            <source>Direct fax</source>
            <translation>Fax direct</translation>
        </message>
        <message>
            <source>Direct line</source>
            <translation>Ligne directe</translation>
        </message>
        <message>
            <source>Fax line</source>
            <translation>Ligne de fax</translation>
        </message>
        <message>
            <source>Fixed line</source>
            <translation>Ligne fixe</translation>
        </message>
        <message>
            <source>Home fax</source>
            <translation>Fax du domicile</translation>
        </message>
        <message>
            <source>Home phone</source>
            <translation>Téléphone du domicile</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Hotline</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Main fax</source>
            <translation>Fax principal</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Bipeur</translation>
        </message>
        <message>
            <source>Personal mobile</source>
            <translation>Mobile personnel</translation>
        </message>
        <message>
            <source>Satellite</source>
            <translation>Satellite</translation>
        </message>
        <message>
            <source>Virtual line</source>
            <translation>Ligne virtuelle</translation>
        </message>
        <message>
            <source>VoIP line</source>
            <translation>Ligne VoIP</translation>
        </message>
        <message>
            <source>Work mobile</source>
            <translation>Mobile professionnel</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
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
            <translation>Page ou profil Facebook</translation>
        </message>
        <message>
            <source>Google+ profile</source>
            <translation>Profil Google+</translation>
        </message>
        <message>
            <source>Homepage or website</source>
            <translation>Page d'accueil ou site web</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>Profil LinkedIn</translation>
        </message>
        <message>
            <source>Online store</source>
            <translation>Boutique en ligne</translation>
        </message>
        <message>
            <source>Organization blog</source>
            <translation>Blog de l'organisation</translation>
        </message>
        <message>
            <source>Organization profile</source>
            <translation>Profil de l'organisation</translation>
        </message>
        <message>
            <source>Organization website</source>
            <translation>Site web de l'organisation</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Personal blog</source>
            <translation>Blog personnel</translation>
        </message>
        <message>
            <source>Personal profile</source>
            <translation>Profil personnel</translation>
        </message>
        <message>
            <source>Personal website</source>
            <translation>Site web personnel</translation>
        </message>
        <message>
            <source>Professional blog</source>
            <translation>Blog professionnel</translation>
        </message>
        <message>
            <source>Professional profile</source>
            <translation>Profil professionnel</translation>
        </message>
        <message>
            <source>Professional website</source>
            <translation>Site web professionnel</translation>
        </message>
        <message>
            <source>Twitter profile</source>
            <translation>Profil Twitter</translation>
        </message>
        <message>
            <source>Twitter stream</source>
            <translation>Fil Twitter</translation>
        </message>
        <message>
            <source>XING profile</source>
            <translation>Profil XING</translation>
        </message>
        <message>
            <source>Yelp image</source>
            <translation>Image Yelp</translation>
        </message>
        <message>
            <source>Instagram profile</source>
            <translation>Profil Instagram</translation>
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
            <translation>Personnel</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Professionnel</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Invité</translation>
        </message>
        <message>
            <source>Tax advisor</source>
            <translation>Conseiller fiscal</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Intégration</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Diverse</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Unspecified</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Club</source>
            <extracomment>labels of the organization types the contact list filters on (an open enum: the editor takes any type typed, the filter offers these)</extracomment>
            <translation>Club</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>School</source>
            <translation>École</translation>
        </message>
        <message>
            <source>Hobby group</source>
            <translation>Groupe de loisirs</translation>
        </message>
        <message>
            <source>Kindergarten</source>
            <translation>École maternelle</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase this person</source>
            <translation>Effacer cette personne</translation>
        </message>
        <message>
            <source>&lt;b&gt;Erase all personal data of “{name}”?&lt;/b&gt;</source>
            <translation>&lt;b&gt;Effacer toutes les données personnelles de « {name} » ?&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Kontor removes the person's data from the address book, from the history of changes and from the search, and sends the erasure to every linked account. This cannot be undone.</source>
            <translation>Kontor supprime les données de la personne du carnet d'adresses, de l'historique des modifications et de la recherche, et transmet l'effacement à chaque compte lié. Cette opération est irréversible.</translation>
        </message>
        <message>
            <source>Accounting needs this record: it is {reason}.
{rule}</source>
            <translation>La comptabilité a besoin de cette fiche : c'est {reason}.
{rule}</translation>
        </message>
        <message>
            <source>No invoice or booking refers to this record.</source>
            <translation>Aucune facture ni écriture comptable ne fait référence à cette fiche.</translation>
        </message>
        <message>
            <source>No account holds this contact.</source>
            <translation>Aucun compte ne contient ce contact.</translation>
        </message>
        <message>
            <source>&amp;Delete the contact</source>
            <translation>&amp;Supprimer le contact</translation>
        </message>
        <message>
            <source>&amp;Anonymise it and keep the record for accounting</source>
            <translation>&amp;Anonymiser le contact et conserver la fiche pour la comptabilité</translation>
        </message>
        <message>
            <source>A linked system has no delete: the record is anonymised there.</source>
            <translation>Un système lié ne permet pas la suppression : la fiche y est anonymisée.</translation>
        </message>
        <message>
            <source>I understand that this cannot be &amp;undone</source>
            <translation>Je comprends que cette opération est &amp;irréversible</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Effacer</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export contacts</source>
            <translation>Exporter des contacts</translation>
        </message>
        <message>
            <source>&amp;vCard 4.0 (.vcf) — for address books and phones</source>
            <translation>&amp;vCard 4.0 (.vcf) — pour les carnets d'adresses et les téléphones</translation>
        </message>
        <message>
            <source>&amp;CSV (.csv) — for spreadsheets</source>
            <translation>&amp;CSV (.csv) — pour les tableurs</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>All contacts in &amp;one file</source>
            <translation>Tous les contacts dans &amp;un seul fichier</translation>
        </message>
        <message>
            <source>One file &amp;per contact, into a folder</source>
            <translation>Un fichier &amp;par contact, dans un dossier</translation>
        </message>
        <message>
            <source>vCard files</source>
            <translation>Fichiers vCard</translation>
        </message>
        <message>
            <source>Tick the columns to export; drag them (or use the buttons) to order them</source>
            <translation>Cochez les colonnes à exporter ; faites-les glisser (ou utilisez les boutons) pour les ordonner</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Desce&amp;ndre</translation>
        </message>
        <message>
            <source>&amp;Default columns</source>
            <translation>Colonnes par &amp;défaut</translation>
        </message>
        <message>
            <source>For E&amp;xcel (so that accents show right)</source>
            <translation>Pour E&amp;xcel (pour que les accents s'affichent correctement)</translation>
        </message>
        <message>
            <source>Writes a byte-order mark at the start of the file, which Excel needs to read UTF-8</source>
            <translation>Écrit une marque d'ordre des octets (BOM) au début du fichier, dont Excel a besoin pour lire l'UTF-8</translation>
        </message>
        <message>
            <source>CSV columns</source>
            <translation>Colonnes CSV</translation>
        </message>
        <message>
            <source>Which contacts</source>
            <translation>Quels contacts</translation>
        </message>
        <message numerus="yes">
            <source>The &amp;selected rows (%Ln)</source>
            <translation>
                <numerusform>La ligne &amp;sélectionnée (%Ln)</numerusform>
                <numerusform>Les lignes &amp;sélectionnées (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contacts to {where}</source>
            <translation>
                <numerusform>%Ln contact exporté vers {where}</numerusform>
                <numerusform>%Ln contacts exportés vers {where}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contacts into the folder {where} (one file each)</source>
            <translation>
                <numerusform>%Ln contact exporté dans le dossier {where} (un fichier par contact)</numerusform>
                <numerusform>%Ln contacts exportés dans le dossier {where} (un fichier par contact)</numerusform>
            </translation>
        </message>
        <message>
            <source>The &amp;selected rows (none selected)</source>
            <translation>Les lignes &amp;sélectionnées (aucune sélection)</translation>
        </message>
        <message>
            <source>The {what} shown in the &amp;table ({n}, with its search and filters)</source>
            <translation>Les {what} affichées dans le &amp;tableau ({n}, avec sa recherche et ses filtres)</translation>
        </message>
        <message>
            <source>Show &amp;folder</source>
            <translation>Afficher le doss&amp;ier</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>organizations</source>
            <translation>organisations</translation>
        </message>
        <message>
            <source>&amp;All contacts, people and organizations ({n})</source>
            <translation>Tous &amp;les contacts, personnes et organisations ({n})</translation>
        </message>
        <message>
            <source>Tick a column</source>
            <translation>Cochez une colonne</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>Exporter dans un dossier</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Fichiers vCard (*.vcf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to “{path}”…</source>
            <translation>Exportation vers « {path} »…</translation>
        </message>
        <message>
            <source>Nothing was exported: {error}</source>
            <translation>Rien n'a été exporté : {error}</translation>
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
            <translation>devise</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>usage context</source>
            <translation>contexte d'utilisation</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>address type</source>
            <translation>type d'adresse</translation>
        </message>
        <message>
            <source>usage</source>
            <translation>usage</translation>
        </message>
        <message>
            <source>address usage</source>
            <translation>usage d'adresse</translation>
        </message>
        <message>
            <source>country</source>
            <translation>pays</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>code postal</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>e-mail type</source>
            <translation>type d'e-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>phone type</source>
            <translation>type de téléphone</translation>
        </message>
        <message>
            <source>phone usage</source>
            <translation>usage de téléphone</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <source>web address type</source>
            <translation>type d'adresse web</translation>
        </message>
        <message>
            <source>address {n}</source>
            <translation>adresse {n}</translation>
        </message>
        <message>
            <source>e-mail {n}</source>
            <translation>e-mail {n}</translation>
        </message>
        <message>
            <source>phone {n}</source>
            <translation>téléphone {n}</translation>
        </message>
        <message>
            <source>web address {n}</source>
            <translation>adresse web {n}</translation>
        </message>
        <message>
            <source>invoice address</source>
            <translation>adresse de facturation</translation>
        </message>
        <message>
            <source>delivery address</source>
            <translation>adresse de livraison</translation>
        </message>
        <message>
            <source>Delivery and invoicing configuration {n}</source>
            <translation>Configuration de livraison et de facturation {n}</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Numéro de client</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Client depuis</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Limite de crédit</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>N° de TVA intracommunautaire</translation>
        </message>
        <message>
            <source>Supplier number</source>
            <translation>Numéro de fournisseur</translation>
        </message>
        <message>
            <source>Supplier since</source>
            <translation>Fournisseur depuis</translation>
        </message>
        <message>
            <source>Alternative payer number</source>
            <translation>Numéro de tiers payeur</translation>
        </message>
        <message>
            <source>Alternative payer since</source>
            <translation>Tiers payeur depuis</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Custom field {name}</source>
            <translation>Champ personnalisé {name}</translation>
        </message>
        <message>
            <source>Picture {n}</source>
            <translation>Photo {n}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>External ID</source>
            <translation>ID externe</translation>
        </message>
        <message>
            <source>Tag {n}</source>
            <translation>Étiquette {n}</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Owner type</source>
            <translation>Type de propriétaire</translation>
        </message>
        <message>
            <source>owner type</source>
            <translation>type de propriétaire</translation>
        </message>
        <message>
            <source>Professional identity {n}</source>
            <translation>Identité professionnelle {n}</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>Relationship {n}</source>
            <translation>Relation {n}</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>opening hour</source>
            <translation>heure d'ouverture</translation>
        </message>
        <message>
            <source>closing hour</source>
            <translation>heure de fermeture</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>Date de fondation</translation>
        </message>
        <message>
            <source>Founding year</source>
            <translation>Année de fondation</translation>
        </message>
        <message>
            <source>Organization type</source>
            <translation>Type d'organisation</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>Numéro de TVA</translation>
        </message>
        <message>
            <source>Company registration number</source>
            <translation>Numéro d'entreprise</translation>
        </message>
        <message>
            <source>Invoice language</source>
            <translation>Langue de facturation</translation>
        </message>
        <message>
            <source>Location {n}</source>
            <translation>Site {n}</translation>
        </message>
        <message>
            <source>Membership {n}</source>
            <translation>Adhésion {n}</translation>
        </message>
        <message>
            <source>department {n}</source>
            <translation>service {n}</translation>
        </message>
        <message>
            <source>location {n}</source>
            <translation>site {n}</translation>
        </message>
        <message>
            <source>Professional identity</source>
            <translation>Identité professionnelle</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Taille de page</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Décalage</translation>
        </message>
        <message>
            <source>Contact ID (mapping {n})</source>
            <translation>ID du contact (correspondance {n})</translation>
        </message>
        <message>
            <source>External ID (mapping {n})</source>
            <translation>ID externe (correspondance {n})</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>street</source>
            <translation>rue</translation>
        </message>
        <message>
            <source>city</source>
            <translation>ville</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Téléphone mobile</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>E-mail, phone or address</source>
            <translation>E-mail, téléphone ou adresse</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
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
            <translation>Téléphone {n}</translation>
        </message>
        <message>
            <source>Address {n}</source>
            <translation>Adresse {n}</translation>
        </message>
        <message>
            <source>Web address {n}</source>
            <translation>Adresse web {n}</translation>
        </message>
        <message>
            <source>Work {n}</source>
            <translation>Emploi {n}</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Travail</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Department {n}</source>
            <translation>Service {n}</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Adhésion</translation>
        </message>
        <message>
            <source>Customer role</source>
            <translation>Rôle client</translation>
        </message>
        <message>
            <source>Supplier role</source>
            <translation>Rôle fournisseur</translation>
        </message>
        <message>
            <source>Alternative payer role</source>
            <translation>Rôle tiers payeur</translation>
        </message>
        <message>
            <source>Activation date</source>
            <translation>Date d'activation</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajouté le</translation>
        </message>
        <message>
            <source>Additional</source>
            <translation>Complément</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <source>Alternative payer</source>
            <translation>Tiers payeur</translation>
        </message>
        <message>
            <source>Alternative payer id</source>
            <translation>Numéro de tiers payeur</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Anniversaire</translation>
        </message>
        <message>
            <source>Api access configuration</source>
            <translation>Configuration de l'accès API</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Brand id</source>
            <translation>ID de la marque</translation>
        </message>
        <message>
            <source>Care of</source>
            <translation>À l'attention de</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Contact id</source>
            <translation>ID du contact</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Code pays</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Credentials key</source>
            <translation>Clé d'identification</translation>
        </message>
        <message>
            <source>Creditor account id</source>
            <translation>Compte créditeur</translation>
        </message>
        <message>
            <source>Custom workflow config</source>
            <translation>Configuration de flux personnalisé</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>Deactivation date</source>
            <translation>Date de désactivation</translation>
        </message>
        <message>
            <source>Debtor account id</source>
            <translation>Compte débiteur</translation>
        </message>
        <message>
            <source>Deleted at</source>
            <translation>Supprimé le</translation>
        </message>
        <message>
            <source>Delivery address id</source>
            <translation>Adresse de livraison</translation>
        </message>
        <message>
            <source>Delivery and invoicing configurations</source>
            <translation>Configurations de livraison et de facturation</translation>
        </message>
        <message>
            <source>Department id</source>
            <translation>ID du service</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
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
            <translation>E-mails</translation>
        </message>
        <message>
            <source>Enabled tax exemptions</source>
            <translation>Exonérations fiscales appliquées</translation>
        </message>
        <message>
            <source>Eu vat number</source>
            <translation>N° de TVA intracommunautaire</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Externe</translation>
        </message>
        <message>
            <source>External card</source>
            <translation>Carte client</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>ID externe</translation>
        </message>
        <message>
            <source>External organization id</source>
            <translation>ID externe de l'organisation</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Founders</source>
            <translation>Fondateurs</translation>
        </message>
        <message>
            <source>Full address</source>
            <translation>Adresse complète</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Global location number</source>
            <translation>GLN (Global Location Number)</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Individual contact</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Interne</translation>
        </message>
        <message>
            <source>Invoice address id</source>
            <translation>Adresse de facturation</translation>
        </message>
        <message>
            <source>Is active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Is suspended</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Leaders</source>
            <translation>Responsables</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limite</translation>
        </message>
        <message>
            <source>Limitations</source>
            <translation>Restrictions</translation>
        </message>
        <message>
            <source>Locale</source>
            <translation>Paramètres régionaux</translation>
        </message>
        <message>
            <source>Location id</source>
            <translation>ID du site</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Managed by</source>
            <translation>Géré par</translation>
        </message>
        <message>
            <source>Max retries</source>
            <translation>Nombre maximal de tentatives</translation>
        </message>
        <message>
            <source>Media type</source>
            <translation>Type de média</translation>
        </message>
        <message>
            <source>Member count</source>
            <translation>Nombre de membres</translation>
        </message>
        <message>
            <source>Member ids</source>
            <translation>ID des membres</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Adhésions</translation>
        </message>
        <message>
            <source>My customer id</source>
            <translation>Mon numéro de client</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Office close hour</source>
            <translation>Heure de fermeture</translation>
        </message>
        <message>
            <source>Office open hour</source>
            <translation>Heure d'ouverture</translation>
        </message>
        <message>
            <source>Organization contact</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Personal relationships</source>
            <translation>Relations personnelles</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <source>Professional identities</source>
            <translation>Identités professionnelles</translation>
        </message>
        <message>
            <source>Professional identity id</source>
            <translation>ID de l'identité professionnelle</translation>
        </message>
        <message>
            <source>Provide contact address start url</source>
            <translation>URL de départ pour fournir l'adresse du contact</translation>
        </message>
        <message>
            <source>Provide contact start url</source>
            <translation>URL de départ pour fournir le contact</translation>
        </message>
        <message>
            <source>Provider id</source>
            <translation>ID du prestataire</translation>
        </message>
        <message>
            <source>Recipient name</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Remote deleted</source>
            <translation>Supprimé à distance</translation>
        </message>
        <message>
            <source>Remote id</source>
            <translation>ID distant</translation>
        </message>
        <message>
            <source>Representatives</source>
            <translation>Représentants</translation>
        </message>
        <message>
            <source>Requires formal invoice</source>
            <translation>Exige une facture en bonne et due forme</translation>
        </message>
        <message>
            <source>Retry interval in millis</source>
            <translation>Intervalle entre les tentatives (ms)</translation>
        </message>
        <message>
            <source>Show contact details start url</source>
            <translation>URL de départ pour afficher les détails du contact</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Street name</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Street number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Supplier id</source>
            <translation>Numéro de fournisseur</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Tax information</source>
            <translation>Informations fiscales</translation>
        </message>
        <message>
            <source>Tax registration number</source>
            <translation>N° d'identification fiscale</translation>
        </message>
        <message>
            <source>Timeout in millis</source>
            <translation>Délai d'expiration (ms)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Title suffix</source>
            <translation>Titre (suffixe)</translation>
        </message>
        <message>
            <source>Track revenue</source>
            <translation>Suivre le chiffre d'affaires</translation>
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
            <translation>Unité</translation>
        </message>
        <message>
            <source>Updated at</source>
            <translation>Mis à jour le</translation>
        </message>
        <message>
            <source>Url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Usage context</source>
            <translation>Contexte d'utilisation</translation>
        </message>
        <message>
            <source>Usages</source>
            <translation>Usages</translation>
        </message>
        <message>
            <source>Use external contact management</source>
            <translation>Utiliser une gestion de contacts externe</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Vat number</source>
            <translation>Numéro de TVA</translation>
        </message>
        <message>
            <source>Vcard properties</source>
            <translation>Propriétés vCard</translation>
        </message>
        <message>
            <source>Web addresses</source>
            <translation>Adresses web</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Largeur</translation>
        </message>
        <message>
            <source>Zip</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Zvr</source>
            <translation>ZVR</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Note interne</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Champs personnalisés</translation>
        </message>
        <message>
            <source>Other vCard properties</source>
            <translation>Autres propriétés vCard</translation>
        </message>
        <message>
            <source>In the trash since</source>
            <translation>Dans la corbeille depuis</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé le</translation>
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
            <translation>Utilisé pour</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>Numéro de client</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation>Supprimé sur le serveur</translation>
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
            <translation>Type</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>merge of “{other}” into “{survivor}”</source>
            <translation>fusion de « {other} » dans « {survivor} »</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>« {name} »</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>sans nom</translation>
        </message>
        <message>
            <source>creation of the customer list {name}</source>
            <translation>création de la liste de clients {name}</translation>
        </message>
        <message>
            <source>renaming the customer list {old} to {new}</source>
            <translation>renommage de la liste de clients {old} en {new}</translation>
        </message>
        <message>
            <source>change of the customer list {name}</source>
            <translation>modification de la liste de clients {name}</translation>
        </message>
        <message>
            <source>moving the customer list {name} to the trash</source>
            <translation>déplacement de la liste de clients {name} dans la corbeille</translation>
        </message>
        <message>
            <source>restore of the customer list {name}</source>
            <translation>restauration de la liste de clients {name}</translation>
        </message>
        <message>
            <source>adding {contact} to {name}</source>
            <translation>ajout de {contact} à {name}</translation>
        </message>
        <message>
            <source>taking {contact} out of {name}</source>
            <translation>retrait de {contact} de {name}</translation>
        </message>
        <message>
            <source>“{action}” cannot be undone: {reason}</source>
            <translation>Impossible d'annuler « {action} » : {reason}</translation>
        </message>
        <message>
            <source>“{action}” cannot be redone: {reason}</source>
            <translation>Impossible de rétablir « {action} » : {reason}</translation>
        </message>
        <message>
            <source>{name} was changed since (by a later edit or a sync), and that change would be lost. The step has been removed from the history.</source>
            <translation>{name} a été modifié depuis (par une modification ultérieure ou une synchronisation), et cette modification serait perdue. L'étape a été retirée de l'historique.</translation>
        </message>
        <message>
            <source>the tags of {name} were changed since. The step has been removed from the history.</source>
            <translation>les étiquettes de {name} ont été modifiées depuis. L'étape a été retirée de l'historique.</translation>
        </message>
        <message>
            <source>the placeholder customer {name} was changed since. The step has been removed from the history.</source>
            <translation>le client générique {name} a été modifié depuis. L'étape a été retirée de l'historique.</translation>
        </message>
        <message>
            <source>the customer list {name} was changed since. The step has been removed from the history.</source>
            <translation>la liste de clients {name} a été modifiée depuis. L'étape a été retirée de l'historique.</translation>
        </message>
        <message>
            <source>a stored undo step cannot be read: {error}</source>
            <translation>une étape d'annulation enregistrée est illisible : {error}</translation>
        </message>
        <message>
            <source>the step is not stored any more</source>
            <translation>l'étape n'est plus enregistrée</translation>
        </message>
        <message>
            <source>Undo {action}</source>
            <translation>Annuler : {action}</translation>
        </message>
        <message>
            <source>Redo {action}</source>
            <translation>Rétablir : {action}</translation>
        </message>
        <message>
            <source>creation of {name}</source>
            <translation>création de {name}</translation>
        </message>
        <message>
            <source>save of {name}</source>
            <translation>enregistrement de {name}</translation>
        </message>
        <message>
            <source>moving {name} to the trash</source>
            <translation>déplacement de {name} dans la corbeille</translation>
        </message>
        <message>
            <source>restore of {name}</source>
            <translation>restauration de {name}</translation>
        </message>
        <message>
            <source>deletion of {name}</source>
            <translation>suppression de {name}</translation>
        </message>
        <message>
            <source>emptying the trash ({contacts})</source>
            <translation>vidage de la corbeille ({contacts})</translation>
        </message>
        <message>
            <source>tagging {contacts} with {tag}</source>
            <translation>attribution de l'étiquette {tag} à {contacts}</translation>
        </message>
        <message>
            <source>removing the tag {tag} from {contacts}</source>
            <translation>retrait de l'étiquette {tag} de {contacts}</translation>
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation>Il n'y a rien à annuler.</translation>
        </message>
        <message>
            <source>There is nothing to redo.</source>
            <translation>Il n'y a rien à rétablir.</translation>
        </message>
        <message>
            <source>{error}. The step has been removed from the history.</source>
            <translation>{error}. L'étape a été retirée de l'historique.</translation>
        </message>
        <message>
            <source>Undo of {action}</source>
            <translation>Annulation : {action}</translation>
        </message>
        <message>
            <source>Redo of {action}</source>
            <translation>Rétablissement : {action}</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation>1 contact</translation>
        </message>
        <message>
            <source>{n} contacts</source>
            <translation>{n} contacts</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <source>Web addresses</source>
            <translation>Adresses web</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Travail</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Adhésions</translation>
        </message>
        <message>
            <source>Pictures</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Typed here</source>
            <translation>Saisi ici</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importation</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusion</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annulation</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablissement</translation>
        </message>
        <message>
            <source>Restored from the history</source>
            <translation>Restauré depuis l'historique</translation>
        </message>
        <message>
            <source>Erased (privacy request)</source>
            <translation>Effacé (demande RGPD)</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Données de démonstration</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field} : {old} → {new}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Sync from {account}</source>
            <translation>Synchronisation depuis {account}</translation>
        </message>
        <message>
            <source>The contact is not there any more.</source>
            <translation>Le contact n'existe plus.</translation>
        </message>
        <message>
            <source>“{field}” is not on the contact any more; the value cannot be put back.</source>
            <translation>« {field} » ne figure plus sur le contact ; la valeur ne peut pas être remise.</translation>
        </message>
        <message>
            <source>“{field}” cannot be restored from the history.</source>
            <translation>« {field} » ne peut pas être restauré depuis l'historique.</translation>
        </message>
        <message>
            <source>The old value of “{field}” does not fit the contact any more: {error}</source>
            <translation>L'ancienne valeur de « {field} » ne convient plus au contact : {error}</translation>
        </message>
        <message>
            <source>restoring {field} of “{name}”</source>
            <translation>restauration du champ {field} de « {name} »</translation>
        </message>
        <message>
            <source>The placeholder customer is not there any more.</source>
            <translation>Le client générique n'existe plus.</translation>
        </message>
        <message>
            <source>The customer list is not there any more.</source>
            <translation>La liste de clients n'existe plus.</translation>
        </message>
        <message>
            <source>The old value of “{field}” does not fit the record any more: {error}</source>
            <translation>L'ancienne valeur de « {field} » ne convient plus à la fiche : {error}</translation>
        </message>
        <message>
            <source>Tag “{tag}”</source>
            <translation>Étiquette « {tag} »</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ajoutée</translation>
        </message>
        <message>
            <source>given</source>
            <translation>attribuée</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Restore this value</source>
            <translation>Restaurer cette valeur</translation>
        </message>
        <message>
            <source>Put the field's old value back as a new edit (Ctrl+Shift+R); Undo takes it back</source>
            <translation>Remettre l'ancienne valeur du champ comme nouvelle modification (Ctrl+Maj+R) ; Annuler revient en arrière</translation>
        </message>
        <message>
            <source>A new record has no history yet.</source>
            <translation>Une nouvelle fiche n'a pas encore d'historique.</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Rien n'a été restauré.</translation>
        </message>
        <message>
            <source>{label} restored to “{value}”. Undo (Ctrl+Z) takes it back.</source>
            <translation>Valeur « {value} » restaurée pour {label}. Annuler (Ctrl+Z) revient en arrière.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
    </context>
    <context>
        <name>HistoryUi</name>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Save or revert your changes to this contact first.</source>
            <translation>Enregistrez ou abandonnez d'abord vos modifications de ce contact.</translation>
        </message>
        <message>
            <source>Save or revert your changes to this customer first.</source>
            <translation>Enregistrez ou abandonnez d'abord vos modifications de ce client.</translation>
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>A value was restored from the history</source>
            <translation>Une valeur a été restaurée depuis l'historique</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Show the changes of one field only</source>
            <translation>Afficher uniquement les modifications d'un champ</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Field:</source>
            <translation>Champ :</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes</source>
            <translation>
                <numerusform>%Ln modification</numerusform>
                <numerusform>%Ln modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed {fields}</source>
            <translation>Modifié : {fields}</translation>
        </message>
    </context>
    <context>
        <name>IdentityChooser</name>
        <message>
            <source>Type part of a person's name</source>
            <translation>Saisissez une partie du nom d'une personne</translation>
        </message>
        <message>
            <source>People cannot be looked up here</source>
            <translation>Impossible de rechercher des personnes ici</translation>
        </message>
        <message>
            <source>(identity {id})</source>
            <translation>(identité {id})</translation>
        </message>
        <message>
            <source>Person {person}, identity {identity}</source>
            <translation>Personne {person}, identité {identity}</translation>
        </message>
        <message>
            <source>(no job title)</source>
            <translation>(sans fonction)</translation>
        </message>
        <message>
            <source>{job} at {organization}</source>
            <translation>{job} chez {organization}</translation>
        </message>
        <message>
            <source>(works for another organization)</source>
            <translation>(travaille pour une autre organisation)</translation>
        </message>
        <message>
            <source>(no professional identities)</source>
            <translation>(aucune identité professionnelle)</translation>
        </message>
    </context>
    <context>
        <name>IdentityRefList</name>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
    </context>
    <context>
        <name>IdentityRow</name>
        <message>
            <source>Type part of the name</source>
            <translation>Saisissez une partie du nom</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Contact points at this organization</source>
            <translation>Coordonnées dans cette organisation</translation>
        </message>
        <message>
            <source>The organization cannot change once the record is synced</source>
            <translation>L'organisation ne peut plus être changée une fois la fiche synchronisée</translation>
        </message>
        <message>
            <source>Unknown department {id}</source>
            <translation>Service inconnu {id}</translation>
        </message>
        <message>
            <source>Unknown location {id}</source>
            <translation>Site inconnu {id}</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>external id</source>
            <translation>ID externe</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>numéro de TVA</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>same {key} {value}</source>
            <translation>même {key} {value}</translation>
        </message>
        <message>
            <source>the {key} {value} belongs to several contacts ({names}); not imported — merge them first or give the row an id</source>
            <translation>{key} {value} : appartient à plusieurs contacts ({names}) ; non importé — fusionnez-les d'abord ou donnez un ID à la ligne</translation>
        </message>
        <message>
            <source>“{name}” has the same {key} {value} but another name: not taken as the same contact</source>
            <translation>« {name} » a le même {key} {value} mais un autre nom : pas considéré comme le même contact</translation>
        </message>
        <message>
            <source>create</source>
            <translation>créer</translation>
        </message>
        <message>
            <source>update</source>
            <translation>mettre à jour</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>fusionner</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>ignorer</translation>
        </message>
        <message>
            <source>{source} “{name}”</source>
            <translation>{source} « {name} »</translation>
        </message>
        <message>
            <source>{row}: {action} — {reason}</source>
            <translation>{row} : {action} — {reason}</translation>
        </message>
        <message>
            <source>{row}: {action}</source>
            <translation>{row} : {action}</translation>
        </message>
        <message>
            <source>{counts} ({reasons})</source>
            <translation>{counts} ({reasons})</translation>
        </message>
        <message>
            <source>the record cannot be read</source>
            <translation>la fiche ne peut pas être lue</translation>
        </message>
        <message>
            <source>the same contact as {earlier} of this file ({reason})</source>
            <translation>le même contact que {earlier} de ce fichier ({reason})</translation>
        </message>
        <message>
            <source>“{name}” ({reason}) is in the trash — restore it to update it</source>
            <translation>« {name} » ({reason}) est dans la corbeille — restaurez-le pour le mettre à jour</translation>
        </message>
        <message>
            <source>identical to “{name}” ({reason})</source>
            <translation>identique à « {name} » ({reason})</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>non valide</translation>
        </message>
        <message>
            <source>new contact</source>
            <translation>nouveau contact</translation>
        </message>
        <message>
            <source>“{name}” ({reason})</source>
            <translation>« {name} » ({reason})</translation>
        </message>
        <message>
            <source>{source} was merged into it (the same contact)</source>
            <translation>{source} y a été fusionné (même contact)</translation>
        </message>
        <message>
            <source>merged into {earlier}: the same contact ({reason})</source>
            <translation>fusionné dans {earlier} : même contact ({reason})</translation>
        </message>
        <message>
            <source>several organizations are called “{name}”: the work there was not linked — link it by hand</source>
            <translation>plusieurs organisations s'appellent « {name} » : l'emploi n'y a pas été lié — liez-le à la main</translation>
        </message>
        <message>
            <source>organization named by {source}</source>
            <translation>organisation nommée par {source}</translation>
        </message>
        <message>
            <source>new organization</source>
            <translation>nouvelle organisation</translation>
        </message>
        <message>
            <source>“{name}” was changed after the dry run; nothing was imported. Plan the import again.</source>
            <translation>« {name} » a été modifié après la simulation ; rien n'a été importé. Préparez à nouveau l'importation.</translation>
        </message>
        <message>
            <source>this plan has been applied already.</source>
            <translation>ce plan a déjà été appliqué.</translation>
        </message>
        <message>
            <source>an organization the import links people to was deleted or moved to the trash after the dry run; nothing was imported. Plan the import again.</source>
            <translation>une organisation à laquelle l'importation rattache des personnes a été supprimée ou déplacée dans la corbeille après la simulation ; rien n'a été importé. Préparez à nouveau l'importation.</translation>
        </message>
        <message>
            <source>import of “{file}” ({created}, {updated})</source>
            <translation>importation de « {file} » ({created}, {updated})</translation>
        </message>
        <message>
            <source>“{field}” is not a field Kontor can import into</source>
            <translation>« {field} » n'est pas un champ dans lequel Kontor peut importer</translation>
        </message>
        <message>
            <source>the date order must be one of {orders}</source>
            <translation>l'ordre des dates doit être l'un des suivants : {orders}</translation>
        </message>
        <message>
            <source>{file} is not UTF-8; it was read as {encoding} (a guess). Check the names in the preview, or choose the encoding.</source>
            <translation>{file} n'est pas en UTF-8 ; il a été lu comme {encoding} (supposition). Vérifiez les noms dans l'aperçu, ou choisissez l'encodage.</translation>
        </message>
        <message>
            <source>{file} has no rows.</source>
            <translation>{file} ne contient aucune ligne.</translation>
        </message>
        <message>
            <source>{file}: the first row cannot be read ({error}).</source>
            <translation>{file} : la première ligne est illisible ({error}).</translation>
        </message>
        <message>
            <source>{file}: line {line} cannot be read ({error}). Nothing was imported.</source>
            <translation>{file} : la ligne {line} est illisible ({error}). Rien n'a été importé.</translation>
        </message>
        <message>
            <source>{file} has more than {maximum} rows; an import may have at most that many. Split it into smaller files.</source>
            <translation>{file} compte plus de {maximum} lignes ; une importation ne peut pas en compter davantage. Divisez-le en fichiers plus petits.</translation>
        </message>
        <message>
            <source>row {line}</source>
            <translation>ligne {line}</translation>
        </message>
        <message>
            <source>has {length} characters; a value may have at most {maximum}</source>
            <translation>compte {length} caractères ; une valeur ne peut pas dépasser {maximum}</translation>
        </message>
        <message>
            <source>“{value}” is neither a person nor an organization; read as a person</source>
            <translation>« {value} » n'est ni une personne ni une organisation ; lu comme une personne</translation>
        </message>
        <message>
            <source>“{value}” is not recognised; kept in the address text</source>
            <translation>« {value} » n'est pas reconnu ; conservé dans le texte de l'adresse</translation>
        </message>
        <message>
            <source>a date without a year ({value}) cannot be kept</source>
            <translation>une date sans année ({value}) ne peut pas être conservée</translation>
        </message>
        <message>
            <source>“{value}” is not a date; not kept</source>
            <translation>« {value} » n'est pas une date ; non conservé</translation>
        </message>
        <message>
            <source>the row has no name; named after its e-mail address</source>
            <translation>la ligne n'a pas de nom ; nommée d'après son adresse e-mail</translation>
        </message>
        <message>
            <source>the row has no name; named after its phone number</source>
            <translation>la ligne n'a pas de nom ; nommée d'après son numéro de téléphone</translation>
        </message>
        <message>
            <source>“{value}” is not a gender Kontor knows; not kept</source>
            <translation>« {value} » n'est pas un genre connu de Kontor ; non conservé</translation>
        </message>
        <message>
            <source>a person has no VAT number in Kontor; not kept</source>
            <translation>une personne n'a pas de numéro de TVA dans Kontor ; non conservé</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
        <message>
            <source>{file} is larger than an import file may be.</source>
            <translation>{file} dépasse la taille maximale d'un fichier d'importation.</translation>
        </message>
        <message>
            <source>none of the columns of {file} is mapped to a contact field (headers: {headers}). Choose the columns' fields.</source>
            <translation>aucune colonne de {file} n'est associée à un champ de contact (en-têtes : {headers}). Choisissez les champs des colonnes.</translation>
        </message>
        <message>
            <source>unknown columns: {columns}</source>
            <translation>colonnes inconnues : {columns}</translation>
        </message>
        <message>
            <source>the column mapping cannot be used: {problems}</source>
            <translation>la correspondance des colonnes ne peut pas être utilisée : {problems}</translation>
        </message>
        <message>
            <source>the template “{name}” is damaged: {why}</source>
            <translation>le modèle « {name} » est endommagé : {why}</translation>
        </message>
        <message>
            <source>“{name}” cannot be a template name: use letters, digits, spaces, - and _ (at most 80).</source>
            <translation>« {name} » ne peut pas être un nom de modèle : utilisez des lettres, des chiffres, des espaces, - et _ (80 au maximum).</translation>
        </message>
        <message>
            <source>there is no template “{name}”</source>
            <translation>il n'existe aucun modèle « {name} »</translation>
        </message>
        <message>
            <source>the template “{name}” cannot be read: {error}</source>
            <translation>le modèle « {name} » est illisible : {error}</translation>
        </message>
        <message>
            <source>the template “{name}” is damaged</source>
            <translation>le modèle « {name} » est endommagé</translation>
        </message>
        <message>
            <source>{file} is {size}; an import file may be at most {maximum}. Split it into smaller files.</source>
            <translation>{file} fait {size} ; un fichier d'importation ne peut pas dépasser {maximum}. Divisez-le en fichiers plus petits.</translation>
        </message>
        <message>
            <source>{file} is empty.</source>
            <translation>{file} est vide.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}</source>
            <translation>{file} est illisible : {error}</translation>
        </message>
        <message>
            <source>“{encoding}” is not a character encoding Kontor knows.</source>
            <translation>« {encoding} » n'est pas un encodage de caractères connu de Kontor.</translation>
        </message>
        <message>
            <source>{file} is not valid {encoding}: line {line} has the byte 0x{byte}, which is not {encoding} text. Choose the file's real encoding, or save it as UTF-8.</source>
            <translation>{file} n'est pas un texte {encoding} valide : la ligne {line} contient l'octet 0x{byte}, qui n'est pas du texte {encoding}. Choisissez l'encodage réel du fichier, ou enregistrez-le en UTF-8.</translation>
        </message>
        <message>
            <source>{file} mixes character encodings: it has UTF-8 letters, but line {line} has the byte 0x{byte}, which is not UTF-8. Open it in a text editor and save it as UTF-8, then import it again.</source>
            <translation>{file} mélange plusieurs encodages : il contient des lettres en UTF-8, mais la ligne {line} contient l'octet 0x{byte}, qui n'est pas de l'UTF-8. Ouvrez-le dans un éditeur de texte et enregistrez-le en UTF-8, puis importez-le à nouveau.</translation>
        </message>
        <message>
            <source>{file} is not text in an encoding Kontor can recognise (it may be a picture, an archive or a damaged file).</source>
            <translation>{file} n'est pas du texte dans un encodage que Kontor sait reconnaître (il s'agit peut-être d'une image, d'une archive ou d'un fichier endommagé).</translation>
        </message>
        <message>
            <source>{file} is not UTF-8; it was read as {encoding} (a guess). Check accented letters in the preview, or choose the encoding.</source>
            <translation>{file} n'est pas en UTF-8 ; il a été lu comme {encoding} (supposition). Vérifiez les lettres accentuées dans l'aperçu, ou choisissez l'encodage.</translation>
        </message>
        <message>
            <source>{file} is not all UTF-8: {how} (each property's CHARSET, else detected).</source>
            <translation>{file} n'est pas entièrement en UTF-8 : {how} (selon le CHARSET de chaque propriété, sinon par détection).</translation>
        </message>
        <message>
            <source>the file has more than {maximum} cards; an import may have at most that many. Split it into smaller files.</source>
            <translation>le fichier contient plus de {maximum} cartes ; une importation ne peut pas en compter davantage. Divisez-le en fichiers plus petits.</translation>
        </message>
        <message>
            <source>it has no “:” between a property name and a value</source>
            <translation>il n'y a pas de « : » entre le nom d'une propriété et sa valeur</translation>
        </message>
        <message>
            <source>it has no property name</source>
            <translation>il n'a pas de nom de propriété</translation>
        </message>
        <message>
            <source>it cannot be read as a vCard property ({error})</source>
            <translation>il ne peut pas être lu comme une propriété vCard ({error})</translation>
        </message>
        <message>
            <source>has {length} characters; a value may have at most {maximum} — not kept</source>
            <translation>compte {length} caractères ; une valeur ne peut pas dépasser {maximum} — non conservé</translation>
        </message>
        <message>
            <source>a group card (KIND:group) is not a contact</source>
            <translation>une carte de groupe (KIND:group) n'est pas un contact</translation>
        </message>
        <message>
            <source>a location card (KIND:location) is not a contact</source>
            <translation>une carte de lieu (KIND:location) n'est pas un contact</translation>
        </message>
        <message>
            <source>Unnamed {source}</source>
            <translation>Sans nom — {source}</translation>
        </message>
        <message>
            <source>the card has no name (N, FN), ORG, NICKNAME, EMAIL or TEL; named “{name}” from {source} — rename it</source>
            <translation>la carte n'a ni nom (N, FN), ni ORG, NICKNAME, EMAIL ou TEL ; nommée « {name} » d'après {source} — renommez-la</translation>
        </message>
        <message>
            <source>the card is empty: no name (N, FN), no ORG, NICKNAME, EMAIL or TEL, and nothing else to keep</source>
            <translation>la carte est vide : ni nom (N, FN), ni ORG, NICKNAME, EMAIL ou TEL, et rien d'autre à conserver</translation>
        </message>
        <message>
            <source>“{title}” has no organization (ORG); kept with the card</source>
            <translation>« {title} » n'a pas d'organisation (ORG) ; conservé avec la carte</translation>
        </message>
        <message>
            <source>the country “{value}” is not recognised; kept in the text</source>
            <translation>le pays « {value} » n'est pas reconnu ; conservé dans le texte</translation>
        </message>
        <message>
            <source>a birthday without a year ({value}); kept as received</source>
            <translation>une date de naissance sans année ({value}) ; conservée telle que reçue</translation>
        </message>
        <message>
            <source>an anniversary without a year ({value}); kept as received</source>
            <translation>un anniversaire sans année ({value}) ; conservé tel que reçu</translation>
        </message>
        <message>
            <source>“{value}” is not a date; kept as received</source>
            <translation>« {value} » n'est pas une date ; conservé tel que reçu</translation>
        </message>
        <message>
            <source>not a base64 picture; kept as received</source>
            <translation>pas une photo en base64 ; conservée telle que reçue</translation>
        </message>
        <message>
            <source>a picture at a web address is not downloaded; kept as a link</source>
            <translation>une photo à une adresse web n'est pas téléchargée ; conservée comme lien</translation>
        </message>
        <message>
            <source>the picture has {size}; a picture may be at most {maximum} — the picture is not kept</source>
            <translation>la photo fait {size} ; une photo ne peut pas dépasser {maximum} — la photo n'est pas conservée</translation>
        </message>
        <message>
            <source>the picture's base64 text is damaged; not kept</source>
            <translation>le texte base64 de la photo est endommagé ; non conservée</translation>
        </message>
        <message>
            <source>{message} — the picture is not kept</source>
            <translation>{message} — la photo n'est pas conservée</translation>
        </message>
        <message>
            <source>a nickname</source>
            <translation>un surnom</translation>
        </message>
        <message>
            <source>a picture</source>
            <translation>une photo</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>{property} (line {line})</source>
            <translation>{property} (ligne {line})</translation>
        </message>
        <message>
            <source>card {number} (line {line})</source>
            <translation>carte {number} (ligne {line})</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>la photo</translation>
        </message>
        <message>
            <source>a value</source>
            <translation>une valeur</translation>
        </message>
        <message>
            <source>the card is {size} ({what} alone {part}); a card may be at most {maximum} and a picture at most {picture} — the card is not imported</source>
            <translation>la carte fait {size} (dont {part} pour {what}) ; une carte ne peut pas dépasser {maximum} ni une photo {picture} — la carte n'est pas importée</translation>
        </message>
        <message>
            <source>END:VCARD is missing (the file ends inside this card); read up to the end</source>
            <translation>END:VCARD manque (le fichier se termine à l'intérieur de cette carte) ; lue jusqu'à la fin</translation>
        </message>
        <message>
            <source>BEGIN:VCARD is missing; the lines before END:VCARD were read</source>
            <translation>BEGIN:VCARD manque ; les lignes avant END:VCARD ont été lues</translation>
        </message>
        <message>
            <source>embedded (AGENT) in card {number}; imported as a contact</source>
            <translation>intégrée (AGENT) dans la carte {number} ; importée comme contact</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Ligne {line}</translation>
        </message>
        <message>
            <source>a comment line; ignored</source>
            <translation>une ligne de commentaire ; ignorée</translation>
        </message>
        <message>
            <source>skipped: {reason} — {text}</source>
            <translation>ignorée : {reason} — {text}</translation>
        </message>
        <message>
            <source>the quoted-printable text is not UTF-8; read as {encoding}</source>
            <translation>le texte quoted-printable n'est pas en UTF-8 ; lu comme {encoding}</translation>
        </message>
        <message>
            <source>cannot be read: {error}</source>
            <translation>illisible : {error}</translation>
        </message>
        <message>
            <source>the file has no vCard in it (no BEGIN:VCARD line).</source>
            <translation>le fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD).</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import contacts — {file}</source>
            <translation>Importer des contacts — {file}</translation>
        </message>
        <message>
            <source>This file cannot be imported</source>
            <translation>Ce fichier ne peut pas être importé</translation>
        </message>
        <message>
            <source>Nothing was changed in your contacts.</source>
            <translation>Vos contacts n'ont pas été modifiés.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Reading “{file}” and comparing it with your contacts…</source>
            <translation>Lecture de « {file} » et comparaison avec vos contacts…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>The dry run below has been made again.</source>
            <translation>La simulation ci-dessous a été refaite.</translation>
        </message>
        <message>
            <source>Nothing was imported: {error}</source>
            <translation>Rien n'a été importé : {error}</translation>
        </message>
        <message>
            <source>The file could not be read: {error}</source>
            <translation>Le fichier n'a pas pu être lu : {error}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Step 1 of 2: which column goes into which field</source>
            <translation>Étape 1 sur 2 : quelle colonne va dans quel champ</translation>
        </message>
        <message>
            <source>Step 2 of 2: what the import will do</source>
            <translation>Étape 2 sur 2 : ce que fera l'importation</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Ce que fera l'importation</translation>
        </message>
        <message>
            <source>The file was refused</source>
            <translation>Le fichier a été refusé</translation>
        </message>
    </context>
    <context>
        <name>IndividualGeneral</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>e.g. Dr.</source>
            <translation>p. ex. Dr</translation>
        </message>
        <message>
            <source>e.g. MSc</source>
            <translation>p. ex. MSc</translation>
        </message>
        <message>
            <source>Filled in from the name parts; write your own to override, clear it to go back</source>
            <translation>Composé à partir des éléments du nom ; saisissez votre propre texte pour le remplacer, effacez-le pour revenir au nom composé</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Title suffix</source>
            <translation>Titre (suffixe)</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nom affiché</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Informations personnelles</translation>
        </message>
        <message>
            <source>e.g. nl-BE</source>
            <translation>p. ex. fr-BE</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Anniversaire</translation>
        </message>
        <message>
            <source>Locale</source>
            <translation>Paramètres régionaux</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Owner type</source>
            <translation>Type de propriétaire</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
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
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Mettre à jour</translation>
        </message>
        <message>
            <source>Merge with an earlier row</source>
            <translation>Fusionner avec une ligne précédente</translation>
        </message>
        <message>
            <source>Skip: unchanged</source>
            <translation>Ignorer : inchangé</translation>
        </message>
        <message>
            <source>Skip: invalid</source>
            <translation>Ignorer : non valide</translation>
        </message>
        <message>
            <source>Skip: ambiguous</source>
            <translation>Ignorer : ambigu</translation>
        </message>
        <message>
            <source>Skip: repeated in the file</source>
            <translation>Ignorer : répété dans le fichier</translation>
        </message>
        <message>
            <source>Skip: in the trash</source>
            <translation>Ignorer : dans la corbeille</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ignorer</translation>
        </message>
    </context>
    <context>
        <name>InterchangeUi</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Import contacts from a vCard or CSV file</source>
            <translation>Importer des contacts depuis un fichier vCard ou CSV</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Export contacts as vCard or CSV</source>
            <translation>Exporter des contacts au format vCard ou CSV</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importer des contacts</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.txt);;vCard files (*.vcf *.vcard);;CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Contacts (*.vcf *.vcard *.csv *.txt);;Fichiers vCard (*.vcf *.vcard);;Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln created</source>
            <translation>
                <numerusform>%Ln créé</numerusform>
                <numerusform>%Ln créés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln mis à jour</numerusform>
                <numerusform>%Ln mis à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln ignoré</numerusform>
                <numerusform>%Ln ignorés</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: {counts}.</source>
            <translation>Importation terminée — {counts}.</translation>
        </message>
        <message>
            <source>Edit → Undo (Ctrl+Z) takes the import back.</source>
            <translation>Édition → Annuler (Ctrl+Z) annule l'importation.</translation>
        </message>
    </context>
    <context>
        <name>KipBar</name>
        <message>
            <source>Registered with KIP</source>
            <translation>Enregistrée auprès de KIP</translation>
        </message>
        <message>
            <source>Registered by the tag “{tag}” chosen in the account</source>
            <translation>Enregistrée par l'étiquette « {tag} » choisie dans le compte</translation>
        </message>
        <message>
            <source>Send this organization to KIP with the next sync of “{name}”</source>
            <translation>Envoyer cette organisation à KIP lors de la prochaine synchronisation de « {name} »</translation>
        </message>
        <message>
            <source>Registered with KIP by its tag “{tag}”.</source>
            <translation>Enregistrée auprès de KIP par son étiquette « {tag} ».</translation>
        </message>
        <message>
            <source>KIP has this company. KIP has no delete: unticking stops sending changes, the company stays in KIP.</source>
            <translation>KIP connaît cette entreprise. KIP ne permet pas la suppression : décocher arrête l'envoi des modifications, l'entreprise reste dans KIP.</translation>
        </message>
        <message>
            <source>Sent to KIP with the next sync.</source>
            <translation>Envoyée à KIP lors de la prochaine synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>Kontor</name>
        <message>
            <source>Kontor cannot start</source>
            <translation>Kontor ne peut pas démarrer</translation>
        </message>
    </context>
    <context>
        <name>LinkOrCreateDialog</name>
        <message>
            <source>Link or create</source>
            <translation>Lier ou créer</translation>
        </message>
        <message>
            <source>These records came with the first sync of an account and may be contacts here already. Link each to the contact it is, or make it a new contact; nothing is merged or added until you choose.</source>
            <translation>Ces fiches sont arrivées avec la première synchronisation d'un compte et existent peut-être déjà ici comme contacts. Liez chacune au contact qui lui correspond, ou faites-en un nouveau contact ; rien n'est fusionné ni ajouté avant votre choix.</translation>
        </message>
        <message>
            <source>Records to review</source>
            <translation>Fiches à examiner</translation>
        </message>
        <message>
            <source>&amp;Contacts here that may be the same:</source>
            <translation>&amp;Contacts existants qui pourraient correspondre :</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Correspondance</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>&amp;Link to selected</source>
            <translation>&amp;Lier au contact sélectionné</translation>
        </message>
        <message>
            <source>The record is this contact: link them (Enter in the list)</source>
            <translation>La fiche correspond à ce contact : les lier (Entrée dans la liste)</translation>
        </message>
        <message>
            <source>Create &amp;new contact</source>
            <translation>Créer un &amp;nouveau contact</translation>
        </message>
        <message>
            <source>None of them: make the record a new contact</source>
            <translation>Aucun d'eux : faire de la fiche un nouveau contact</translation>
        </message>
        <message>
            <source>Nothing waits for a decision.</source>
            <translation>Aucune décision en attente.</translation>
        </message>
        <message>
            <source>From {account}</source>
            <translation>Provenance : {account}</translation>
        </message>
        <message>
            <source>“{name}” from {account}</source>
            <translation>« {name} » de {account}</translation>
        </message>
        <message>
            <source>No e-mail, phone or place.</source>
            <translation>Ni e-mail, ni téléphone, ni lieu.</translation>
        </message>
        <message>
            <source>{name} (deleted)</source>
            <translation>{name} (supprimé)</translation>
        </message>
    </context>
    <context>
        <name>LinkedToBar</name>
        <message>
            <source>Linked to:</source>
            <translation>Lié à :</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>pas encore envoyé</translation>
        </message>
        <message>
            <source>synced {time}</source>
            <translation>synchronisé : {time}</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>pas encore synchronisé</translation>
        </message>
        <message>
            <source>read only there</source>
            <translation>en lecture seule là-bas</translation>
        </message>
        <message>
            <source>Account: {name}</source>
            <translation>Compte : {name}</translation>
        </message>
        <message>
            <source>Id there: {id}</source>
            <translation>ID dans ce système : {id}</translation>
        </message>
        <message>
            <source>Last synced: {time}</source>
            <translation>Dernière synchronisation : {time}</translation>
        </message>
        <message>
            <source>Read only there: Kontor takes in changes made there but never sends changes or deletions of this contact.</source>
            <translation>En lecture seule là-bas : Kontor reprend les modifications faites là-bas, mais n'envoie jamais de modification ni de suppression de ce contact.</translation>
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
            <translation>Responsables de ce site</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <source>Closes</source>
            <translation>Fermeture</translation>
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
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>New &amp;person</source>
            <translation>Nouvelle &amp;personne</translation>
        </message>
        <message>
            <source>New &amp;organization</source>
            <translation>Nouvelle &amp;organisation</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Delete contact</source>
            <translation>&amp;Supprimer le contact</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Re&amp;chercher</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message numerus="yes">
            <source>{step} (%Ln contacts)…</source>
            <translation>
                <numerusform>{step} (%Ln contact)…</numerusform>
                <numerusform>{step} (%Ln contacts)…</numerusform>
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
            <translation>Nom</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge contacts</source>
            <translation>Fusionner des contacts</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Conservé</translation>
        </message>
        <message>
            <source>Is merged into it, then moved to the trash</source>
            <translation>Fusionné dans celui-ci, puis déplacé dans la corbeille</translation>
        </message>
        <message>
            <source>&amp;Swap which one stays</source>
            <translation>&amp;Inverser le contact conservé</translation>
        </message>
        <message>
            <source>The merge is one step: Edit → Undo (Ctrl+Z) takes it back.</source>
            <translation>La fusion se fait en une seule étape : Édition → Annuler (Ctrl+Z) l'annule.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <source>Comparing the two contacts…</source>
            <translation>Comparaison des deux contacts…</translation>
        </message>
        <message>
            <source>Moves to “{name}”: {moves}.</source>
            <translation>Transféré vers « {name} » : {moves}.</translation>
        </message>
        <message>
            <source>Tags are combined; empty fields are filled from the other contact.</source>
            <translation>Les étiquettes sont combinées ; les champs vides sont remplis à partir de l'autre contact.</translation>
        </message>
        <message>
            <source>Nothing else moves: “{name}” has no e-mails, phones, addresses, roles or other records.</source>
            <translation>Rien d'autre n'est transféré : « {name} » n'a ni e-mails, ni téléphones, ni adresses, ni rôles, ni autres fiches.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>The two contacts do not fill any field differently: nothing to choose.</source>
            <translation>Les deux contacts ne diffèrent sur aucun champ : rien à choisir.</translation>
        </message>
        <message>
            <source>Both contacts fill these fields differently. Choose the value to keep:</source>
            <translation>Les deux contacts diffèrent sur ces champs. Choisissez la valeur à conserver :</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Empty: filled from the other contact</source>
            <translation>Vide : rempli à partir de l'autre contact</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Fusion en cours…</translation>
        </message>
        <message>
            <source>Cannot merge: {reason}</source>
            <translation>Fusion impossible : {reason}</translation>
        </message>
        <message>
            <source>The merge failed, nothing was changed: {error}</source>
            <translation>La fusion a échoué, rien n'a été modifié : {error}</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <source>Amount, e.g. {example}</source>
            <translation>Montant, p. ex. {example}</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Set a date</source>
            <translation>Indiquer une date</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateTimeEdit</name>
        <message>
            <source>Set a date and time</source>
            <translation>Indiquer une date et une heure</translation>
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
            <translation>p. ex. company</translation>
        </message>
        <message>
            <source>e.g. NL</source>
            <translation>p. ex. FR</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organization type</source>
            <translation>Type d'organisation</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>Date de fondation</translation>
        </message>
        <message>
            <source>Founding year</source>
            <translation>Année de fondation</translation>
        </message>
        <message>
            <source>Invoice language</source>
            <translation>Langue de facturation</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Immatriculation</translation>
        </message>
        <message>
            <source>e.g. BE0415928179</source>
            <translation>p. ex. BE0415928179</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>Numéro de TVA</translation>
        </message>
        <message>
            <source>Company registration no.</source>
            <translation>N° d'entreprise</translation>
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
            <translation>ID externe de l'organisation</translation>
        </message>
        <message>
            <source>Cannot be changed once the record is synced</source>
            <translation>Non modifiable une fois la fiche synchronisée</translation>
        </message>
    </context>
    <context>
        <name>PairsModel</name>
        <message>
            <source>First</source>
            <translation>Premier</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>Second</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
    </context>
    <context>
        <name>PayerPicker</name>
        <message>
            <source>Type part of a person's or organization's name</source>
            <translation>Saisissez une partie du nom d'une personne ou d'une organisation</translation>
        </message>
    </context>
    <context>
        <name>PendingPage</name>
        <message>
            <source>Pending changes</source>
            <translation>Modifications en attente</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Changes made here that the next sync sends to the server. Discarding a change puts the contact back as the server has it.</source>
            <translation>Modifications faites ici que la prochaine synchronisation enverra au serveur. Abandonner une modification remet le contact tel que le serveur l'a.</translation>
        </message>
        <message>
            <source>&amp;Open contact</source>
            <translation>&amp;Ouvrir le contact</translation>
        </message>
        <message>
            <source>Show the contact in its editor (Enter)</source>
            <translation>Afficher le contact dans son éditeur (Entrée)</translation>
        </message>
        <message>
            <source>&amp;Discard change…</source>
            <translation>Aban&amp;donner la modification…</translation>
        </message>
        <message>
            <source>Throw the unsent changes of this contact away (Del)</source>
            <translation>Abandonner les modifications non envoyées de ce contact (Suppr)</translation>
        </message>
        <message>
            <source>Show the changes waiting for one account</source>
            <translation>Afficher les modifications en attente pour un seul compte</translation>
        </message>
        <message>
            <source>Nothing waits to be sent.</source>
            <translation>Rien n'attend d'être envoyé.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>Changed: {fields}</source>
            <translation>Modifié : {fields}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saves</source>
            <translation>
                <numerusform>%Ln enregistrement</numerusform>
                <numerusform>%Ln enregistrements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts with changes to send</source>
            <translation>
                <numerusform>%Ln contact avec des modifications à envoyer</numerusform>
                <numerusform>%Ln contacts avec des modifications à envoyer</numerusform>
            </translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Tous les comptes</translation>
        </message>
        <message>
            <source>No changes to send</source>
            <translation>Aucune modification à envoyer</translation>
        </message>
        <message>
            <source>It was never sent, so it goes to the trash.</source>
            <translation>Il n'a jamais été envoyé : il va donc dans la corbeille.</translation>
        </message>
        <message>
            <source>The deletion is not sent: the contact comes back as the server has it.</source>
            <translation>La suppression n'est pas envoyée : le contact revient tel que le serveur l'a.</translation>
        </message>
        <message>
            <source>The contact goes back to the version the server has.</source>
            <translation>Le contact revient à la version du serveur.</translation>
        </message>
        <message>
            <source>Discard change</source>
            <translation>Abandonner la modification</translation>
        </message>
        <message>
            <source>Discard the unsent changes to “{name}”?</source>
            <translation>Abandonner les modifications non envoyées de « {name} » ?</translation>
        </message>
        <message>
            <source>Discarding…</source>
            <translation>Abandon en cours…</translation>
        </message>
        <message>
            <source>Changes to “{name}” discarded</source>
            <translation>Modifications de « {name} » abandonnées</translation>
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
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Usages</source>
            <translation>Usages</translation>
        </message>
    </context>
    <context>
        <name>PictureHeader</name>
        <message>
            <source>Change picture…</source>
            <translation>Changer la photo…</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Retirer la photo</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Picture: a picture may be at most 12 MB</source>
            <translation>Photo : une photo ne peut pas dépasser 12 Mo</translation>
        </message>
        <message>
            <source>Picture: cannot read the file — {error}</source>
            <translation>Photo : impossible de lire le fichier — {error}</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderEditor</name>
        <message>
            <source>optional: the id in your other system</source>
            <translation>facultatif : l'ID dans votre autre système</translation>
        </message>
        <message>
            <source>required</source>
            <translation>obligatoire</translation>
        </message>
        <message>
            <source>Active customer</source>
            <translation>Client actif</translation>
        </message>
        <message>
            <source>Requires a formal invoice</source>
            <translation>Exige une facture en bonne et due forme</translation>
        </message>
        <message>
            <source>Track revenue</source>
            <translation>Suivre le chiffre d'affaires</translation>
        </message>
        <message>
            <source>Customer number:</source>
            <translation>Numéro de client :</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>External ID:</source>
            <translation>ID externe :</translation>
        </message>
        <message>
            <source>Customer since:</source>
            <translation>Client depuis :</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Start a new placeholder customer (Ctrl+N)</source>
            <translation>Créer un nouveau client générique (Ctrl+N)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the placeholder customer (Ctrl+S)</source>
            <translation>Enregistrer le client générique (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Undo every change since the last save</source>
            <translation>Annuler toutes les modifications depuis le dernier enregistrement</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Move the placeholder customer to the trash</source>
            <translation>Déplacer le client générique dans la corbeille</translation>
        </message>
        <message>
            <source>New placeholder customer</source>
            <translation>Nouveau client générique</translation>
        </message>
        <message>
            <source>Placeholder customer {number}</source>
            <translation>Client générique {number}</translation>
        </message>
        <message>
            <source>Placeholder customer</source>
            <translation>Client générique</translation>
        </message>
        <message>
            <source>Fix the marked fields first</source>
            <translation>Corrigez d'abord les champs signalés</translation>
        </message>
    </context>
    <context>
        <name>PlaceholdersPage</name>
        <message>
            <source>Placeholder customers</source>
            <translation>Clients génériques</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Numéro de client</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Client depuis</translation>
        </message>
        <message>
            <source>Search names, customer numbers, ids…</source>
            <translation>Rechercher noms, numéros de client, ID…</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message numerus="yes">
            <source>%Ln placeholder customers</source>
            <translation>
                <numerusform>%Ln client générique</numerusform>
                <numerusform>%Ln clients génériques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln résultat</numerusform>
                <numerusform>%Ln résultats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not saved: fix the %Ln marked fields first</source>
            <translation>
                <numerusform>Non enregistré : corrigez d'abord le champ signalé</numerusform>
                <numerusform>Non enregistré : corrigez d'abord les %Ln champs signalés</numerusform>
            </translation>
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation>{matches} sur {total}</translation>
        </message>
        <message>
            <source>the new placeholder customer</source>
            <translation>le nouveau client générique</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save your changes to “{name}”?</source>
            <translation>Enregistrer vos modifications de « {name} » ?</translation>
        </message>
        <message>
            <source>New placeholder customer: fill in the number and the name</source>
            <translation>Nouveau client générique : indiquez le numéro et le nom</translation>
        </message>
        <message>
            <source>“{name}” saved</source>
            <translation>« {name} » enregistré</translation>
        </message>
        <message>
            <source> (with warnings)</source>
            <translation> (avec des avertissements)</translation>
        </message>
        <message>
            <source>Not saved: fix the marked field first</source>
            <translation>Non enregistré : corrigez d'abord le champ signalé</translation>
        </message>
        <message>
            <source>Revert changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Throw away your changes to this placeholder customer?</source>
            <translation>Abandonner vos modifications de ce client générique ?</translation>
        </message>
        <message>
            <source>Delete placeholder customer</source>
            <translation>Supprimer le client générique</translation>
        </message>
        <message>
            <source>Move “{name}” to the trash?</source>
            <translation>Déplacer « {name} » dans la corbeille ?</translation>
        </message>
        <message>
            <source>“{name}” moved to the trash</source>
            <translation>« {name} » déplacé dans la corbeille</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>In the file</source>
            <translation>Dans le fichier</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>All rows</source>
            <translation>Toutes les lignes</translation>
        </message>
        <message>
            <source>To create</source>
            <translation>À créer</translation>
        </message>
        <message>
            <source>To update</source>
            <translation>À mettre à jour</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignorées</translation>
        </message>
        <message>
            <source>With problems</source>
            <translation>Avec des problèmes</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>Filter by name, reason or problem</source>
            <translation>Filtrer par nom, raison ou problème</translation>
        </message>
        <message>
            <source>Choose a row to see everything about it.</source>
            <translation>Choisissez une ligne pour en voir tous les détails.</translation>
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
                <numerusform>%Ln entrée</numerusform>
                <numerusform>%Ln entrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to create</source>
            <translation>
                <numerusform>%Ln à créer</numerusform>
                <numerusform>%Ln à créer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to update</source>
            <translation>
                <numerusform>%Ln à mettre à jour</numerusform>
                <numerusform>%Ln à mettre à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln ignorée</numerusform>
                <numerusform>%Ln ignorées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unchanged</source>
            <translation>
                <numerusform>%Ln inchangée</numerusform>
                <numerusform>%Ln inchangées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invalid</source>
            <translation>
                <numerusform>%Ln non valide</numerusform>
                <numerusform>%Ln non valides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln ambiguous</source>
            <translation>
                <numerusform>%Ln ambiguë</numerusform>
                <numerusform>%Ln ambiguës</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln repeated in the file</source>
            <translation>
                <numerusform>%Ln répétée dans le fichier</numerusform>
                <numerusform>%Ln répétées dans le fichier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln in the trash</source>
            <translation>
                <numerusform>%Ln dans la corbeille</numerusform>
                <numerusform>%Ln dans la corbeille</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organizations are created for the people who work there.</source>
            <translation>
                <numerusform>%Ln organisation est créée pour les personnes qui y travaillent.</numerusform>
                <numerusform>%Ln organisations sont créées pour les personnes qui y travaillent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing to import: all %Ln contacts of this file are already in Kontor, unchanged.</source>
            <translation>
                <numerusform>Rien à importer : le contact de ce fichier est déjà dans Kontor, inchangé.</numerusform>
                <numerusform>Rien à importer : les %Ln contacts de ce fichier sont déjà dans Kontor, inchangés.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{file}” ({kind}, {encoding}): {rows}. Nothing has been changed yet.</source>
            <translation>« {file} » ({kind}, {encoding}) : {rows}. Rien n'a encore été modifié.</translation>
        </message>
        <message>
            <source>Import writes these changes as one step: Edit → Undo takes it back.</source>
            <translation>L'importation enregistre ces modifications en une seule étape : Édition → Annuler l'annule.</translation>
        </message>
        <message>
            <source>Nothing to import: the contact of this file is already in Kontor, unchanged.</source>
            <translation>Rien à importer : le contact de ce fichier est déjà dans Kontor, inchangé.</translation>
        </message>
        <message>
            <source>Nothing to import: the file holds no contacts.</source>
            <translation>Rien à importer : le fichier ne contient aucun contact.</translation>
        </message>
        <message>
            <source>Nothing to import: no entry of this file can be imported (see why below).</source>
            <translation>Rien à importer : aucune entrée de ce fichier ne peut être importée (voir pourquoi ci-dessous).</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>e.g. acme</source>
            <translation>p. ex. acme</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored token</source>
            <translation>Laisser vide pour conserver le jeton enregistré</translation>
        </message>
        <message>
            <source>&amp;Forget token</source>
            <translation>O&amp;ublier le jeton</translation>
        </message>
        <message>
            <source>Remove the token of this server and organization from the system keychain</source>
            <translation>Retirer du trousseau du système le jeton de ce serveur et de cette organisation</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>Tester la &amp;connexion</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Manual only</source>
            <translation>Manuellement</translation>
        </message>
        <message>
            <source>0 = sync only when you ask for it</source>
            <translation>0 = synchroniser uniquement sur demande</translation>
        </message>
        <message>
            <source>Sync when Kontor &amp;starts</source>
            <translation>Synchroniser au dé&amp;marrage de Kontor</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Langue du système ({language})</translation>
        </message>
        <message>
            <source>Contacts API server</source>
            <translation>Serveur de l'API Contacts</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Adresse du serveur :</translation>
        </message>
        <message>
            <source>&amp;Organization id:</source>
            <translation>ID de l'&amp;organisation :</translation>
        </message>
        <message>
            <source>API &amp;token:</source>
            <translation>&amp;Jeton d'API :</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Planification</translation>
        </message>
        <message>
            <source>Sync &amp;every:</source>
            <translation>&amp;Synchroniser toutes les :</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>KONTOR_LANG is set: Kontor speaks {language} as long as it is set.</source>
            <translation>KONTOR_LANG est défini : Kontor utilise la langue {language} tant que cette variable est définie.</translation>
        </message>
        <message>
            <source>Kontor speaks {language} after a restart: close Kontor and start it again.</source>
            <translation>Kontor utilisera la langue {language} après un redémarrage : fermez Kontor et relancez-le.</translation>
        </message>
        <message>
            <source>Looking for a stored token…</source>
            <translation>Recherche d'un jeton enregistré…</translation>
        </message>
        <message>
            <source>Stored in the system keychain</source>
            <translation>Enregistré dans le trousseau du système</translation>
        </message>
        <message>
            <source>Taken from KONTOR_API_TOKEN</source>
            <translation>Repris de KONTOR_API_TOKEN</translation>
        </message>
        <message>
            <source>No token stored</source>
            <translation>Aucun jeton enregistré</translation>
        </message>
        <message>
            <source>KONTOR_API_TOKEN is used as long as it is set.</source>
            <translation>KONTOR_API_TOKEN est utilisé tant qu'il est défini.</translation>
        </message>
        <message>
            <source>The typed token is saved when you press OK.</source>
            <translation>Le jeton saisi est enregistré quand vous cliquez sur OK.</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Test de la connexion…</translation>
        </message>
        <message>
            <source>Nothing was saved. {reason}</source>
            <translation>Rien n'a été enregistré. {reason}</translation>
        </message>
        <message>
            <source>Nothing was saved: the settings could not be stored ({reason}).</source>
            <translation>Rien n'a été enregistré : les paramètres n'ont pas pu être stockés ({reason}).</translation>
        </message>
        <message>
            <source>Something went wrong ({reason}).</source>
            <translation>Une erreur s'est produite ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Devient</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>The selected contacts ({n})</source>
            <translation>Les contacts sélectionnés ({n})</translation>
        </message>
        <message>
            <source>Every contact in the list as filtered ({n})</source>
            <translation>Tous les contacts de la liste filtrée ({n})</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Label sheet (A4)</source>
            <translation>Planche d'étiquettes (A4)</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Personnalisée…</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Planche</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Label width (mm)</source>
            <translation>Largeur d'étiquette (mm)</translation>
        </message>
        <message>
            <source>Label height (mm)</source>
            <translation>Hauteur d'étiquette (mm)</translation>
        </message>
        <message>
            <source>Left margin (mm)</source>
            <translation>Marge gauche (mm)</translation>
        </message>
        <message>
            <source>Top margin (mm)</source>
            <translation>Marge supérieure (mm)</translation>
        </message>
        <message>
            <source>Gap across (mm)</source>
            <translation>Écart horizontal (mm)</translation>
        </message>
        <message>
            <source>Gap down (mm)</source>
            <translation>Écart vertical (mm)</translation>
        </message>
        <message>
            <source>The first free label of a partly used sheet (1 = top left, row by row)</source>
            <translation>La première étiquette libre d'une planche déjà entamée (1 = en haut à gauche, ligne par ligne)</translation>
        </message>
        <message>
            <source>Start at label</source>
            <translation>Commencer à l'étiquette</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Enveloppe</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Find our organization…</source>
            <translation>Rechercher notre organisation…</translation>
        </message>
        <message>
            <source>(no sender printed)</source>
            <translation>(aucun expéditeur imprimé)</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Expéditeur</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Aperçu…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source> of {n}</source>
            <translation> sur {n}</translation>
        </message>
        <message>
            <source>there is no contact to print</source>
            <translation>il n'y a aucun contact à imprimer</translation>
        </message>
        <message numerus="yes">
            <source>%Ln without a postal address left out: {names}</source>
            <translation>
                <numerusform>%Ln contact sans adresse postale omis : {names}</numerusform>
                <numerusform>%Ln contacts sans adresse postale omis : {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message numerus="yes">
            <source>Phone list — %Ln contacts — {day}</source>
            <translation>
                <numerusform>Liste téléphonique — %Ln contact — {day}</numerusform>
                <numerusform>Liste téléphonique — %Ln contacts — {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {file} (%Ln pages).</source>
            <translation>
                <numerusform>{file} enregistré (%Ln page).</numerusform>
                <numerusform>{file} enregistré (%Ln pages).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot print: {reason}</source>
            <translation>Impression impossible : {reason}</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>a sheet needs at least one column and one row of labels</source>
            <translation>une planche doit avoir au moins une colonne et une ligne d'étiquettes</translation>
        </message>
        <message>
            <source>labels must be wider and taller than 0 mm</source>
            <translation>les étiquettes doivent avoir une largeur et une hauteur supérieures à 0 mm</translation>
        </message>
        <message>
            <source>the margins cannot be negative</source>
            <translation>les marges ne peuvent pas être négatives</translation>
        </message>
        <message>
            <source>labels cannot overlap: the distance between them is too small</source>
            <translation>les étiquettes ne peuvent pas se chevaucher : l'écart entre elles est trop petit</translation>
        </message>
        <message>
            <source>the labels do not fit on the page: they need {width} × {height} mm, the page has {page_width} × {page_height} mm</source>
            <translation>les étiquettes ne tiennent pas sur la page : elles occupent {width} × {height} mm, la page mesure {page_width} × {page_height} mm</translation>
        </message>
        <message>
            <source>Custom: {columns} × {rows}, {width} × {height} mm</source>
            <translation>Personnalisée : {columns} × {rows}, {width} × {height} mm</translation>
        </message>
        <message>
            <source>3 × 8, 70 × 36 mm (24 a sheet)</source>
            <translation>3 × 8, 70 × 36 mm (24 par planche)</translation>
        </message>
        <message>
            <source>3 × 7, 70 × 42.3 mm (21 a sheet)</source>
            <translation>3 × 7, 70 × 42,3 mm (21 par planche)</translation>
        </message>
        <message>
            <source>2 × 4, 99.1 × 67.7 mm (8 a sheet)</source>
            <translation>2 × 4, 99,1 × 67,7 mm (8 par planche)</translation>
        </message>
        <message>
            <source>2 × 8, 99.1 × 33.9 mm (16 a sheet)</source>
            <translation>2 × 8, 99,1 × 33,9 mm (16 par planche)</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>Numéro de TVA</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>N° de TVA intracommunautaire</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Adhésions</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Adhésion</translation>
        </message>
        <message>
            <source>Customer role</source>
            <translation>Rôle client</translation>
        </message>
        <message>
            <source>Supplier role</source>
            <translation>Rôle fournisseur</translation>
        </message>
        <message>
            <source>Alternative payer role</source>
            <translation>Rôle tiers payeur</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>(not found)</source>
            <translation>(introuvable)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Address {n} ({kind})</source>
            <translation>Adresse {n} ({kind})</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <source>Phone {n} ({kind})</source>
            <translation>Téléphone {n} ({kind})</translation>
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
            <translation>Téléphones, e-mails, web</translation>
        </message>
        <message>
            <source>Work {n}</source>
            <translation>Emploi {n}</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Champs personnalisés</translation>
        </message>
        <message>
            <source>only an organization can be the sender of envelopes</source>
            <translation>seule une organisation peut être l'expéditeur des enveloppes</translation>
        </message>
    </context>
    <context>
        <name>PrintingUi</name>
        <message>
            <source>&amp;Print…</source>
            <translation>Imp&amp;rimer…</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Erasure of a person's data (privacy request)</source>
            <translation>Effacement des données d'une personne (demande RGPD)</translation>
        </message>
        <message>
            <source>Invoices and bookings refer to customers, suppliers and alternative payers by their record, and bookkeeping rules require keeping those for years (up to 10). Such a record can be anonymised instead of deleted: it keeps its customer or supplier number and accounts, and loses the name, birthday, e-mails, phones, addresses, web addresses, pictures, notes, relationships, work details and custom fields.</source>
            <extracomment>In English; :func:`accounting_rule` gives it in the user's language.</extracomment>
            <translation>Les factures et les écritures comptables font référence aux clients, fournisseurs et tiers payeurs par leur fiche, et les règles comptables imposent de conserver celles-ci pendant des années (jusqu'à 10). Une telle fiche peut être anonymisée au lieu d'être supprimée : elle conserve son numéro de client ou de fournisseur et ses comptes, et perd le nom, la date de naissance, les e-mails, les téléphones, les adresses, les adresses web, les photos, les notes, les relations, les informations professionnelles et les champs personnalisés.</translation>
        </message>
        <message>
            <source>The person's data was erased (deleted here).</source>
            <extracomment>Read here, never written there (an organization linked to a Kanbert company): the erasure changes nothing there.</extracomment>
            <translation>Les données de la personne ont été effacées (supprimées ici).</translation>
        </message>
        <message>
            <source>The person's data was erased (anonymised here).</source>
            <translation>Les données de la personne ont été effacées (anonymisées ici).</translation>
        </message>
        <message>
            <source>{account}: {note}</source>
            <translation>{account} : {note}</translation>
        </message>
        <message>
            <source>Backups of the database made before an upgrade still hold it; delete old backups if the request covers them.</source>
            <translation>Les sauvegardes de la base de données faites avant une mise à niveau la contiennent encore ; supprimez les anciennes sauvegardes si la demande les couvre.</translation>
        </message>
        <message>
            <source>Give the person's e-mail address or id.</source>
            <translation>Indiquez l'adresse e-mail ou l'ID de la personne.</translation>
        </message>
        <message>
            <source>No contact has the id or e-mail “{wanted}”.</source>
            <translation>Aucun contact n'a l'ID ou l'e-mail « {wanted} ».</translation>
        </message>
        <message>
            <source>{count} contacts have the e-mail “{wanted}”: give the id of the one you mean ({ids}).</source>
            <translation>{count} contacts ont l'e-mail « {wanted} » : indiquez l'ID de celui que vous voulez ({ids}).</translation>
        </message>
        <message>
            <source>read only here: Kontor neither deletes nor changes it there; remove it there by hand if it should go</source>
            <translation>en lecture seule ici : Kontor ne le supprime ni ne le modifie là-bas ; supprimez-le là-bas à la main s'il doit disparaître</translation>
        </message>
        <message>
            <source>deleted there with the next sync</source>
            <translation>supprimé là-bas lors de la prochaine synchronisation</translation>
        </message>
        <message>
            <source>has no delete: the record there is anonymised with the next sync</source>
            <translation>ne permet pas la suppression : la fiche y est anonymisée lors de la prochaine synchronisation</translation>
        </message>
        <message>
            <source>{accounts} cannot delete records: choose Anonymise, so the record is anonymised there too.</source>
            <translation>{accounts} : suppression impossible ; choisissez Anonymiser, pour que la fiche y soit aussi anonymisée.</translation>
        </message>
        <message>
            <source>the anonymised record is sent with the next sync</source>
            <translation>la fiche anonymisée est envoyée lors de la prochaine synchronisation</translation>
        </message>
        <message>
            <source>The retention period is a number of years from 1 to 100.</source>
            <translation>La durée de conservation est un nombre d'années compris entre 1 et 100.</translation>
        </message>
        <message>
            <source>a customer (customer id {id})</source>
            <translation>un client (n° client {id})</translation>
        </message>
        <message>
            <source>a supplier (supplier id {id})</source>
            <translation>un fournisseur (n° fournisseur {id})</translation>
        </message>
        <message>
            <source>an alternative payer</source>
            <translation>un tiers payeur</translation>
        </message>
        <message>
            <source>No contact has the id “{id}”.</source>
            <translation>Aucun contact n'a l'ID « {id} ».</translation>
        </message>
        <message>
            <source>own</source>
            <translation>personnelle</translation>
        </message>
        <message>
            <source>works at</source>
            <translation>travaille chez</translation>
        </message>
        <message>
            <source>of another person</source>
            <translation>d'une autre personne</translation>
        </message>
        <message>
            <source>works here</source>
            <translation>travaille ici</translation>
        </message>
        <message>
            <source>E-mail {n}</source>
            <translation>E-mail {n}</translation>
        </message>
        <message>
            <source>Phone {n}</source>
            <translation>Téléphone {n}</translation>
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
            <translation>Tout ce que Kontor conserve sur cette personne, exporté le {at} UTC. Le fichier JSON à côté de ce rapport contient chaque champ enregistré.</translation>
        </message>
        <message>
            <source>Everything Kontor holds about this organization, exported {at} UTC. The JSON file beside this report has every stored field.</source>
            <translation>Tout ce que Kontor conserve sur cette organisation, exporté le {at} UTC. Le fichier JSON à côté de ce rapport contient chaque champ enregistré.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Addresses, phones, e-mails, web</source>
            <translation>Adresses, téléphones, e-mails, web</translation>
        </message>
        <message>
            <source>Work and relationships</source>
            <translation>Travail et relations</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Customer lists</source>
            <translation>Listes de clients</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Accounts holding this contact</source>
            <translation>Comptes contenant ce contact</translation>
        </message>
        <message>
            <source>id {id}, last synced {synced}</source>
            <translation>ID {id}, dernière synchronisation : {synced}</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>pas encore envoyé</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Pictures</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Picture {n}</source>
            <translation>Photo {n}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPreferences</name>
        <message>
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message numerus="yes">
            <source> years</source>
            <translation>
                <numerusform> an</numerusform>
                <numerusform> ans</numerusform>
            </translation>
        </message>
        <message>
            <source>People not changed here nor by any linked system for this long are listed under Retention, to review and erase.</source>
            <translation>Les personnes qui n'ont été modifiées ni ici ni par aucun système lié depuis cette durée apparaissent sous Conservation, pour être examinées et effacées.</translation>
        </message>
        <message>
            <source>&amp;Retention period:</source>
            <translation>&amp;Durée de conservation :</translation>
        </message>
    </context>
    <context>
        <name>PrivacyUi</name>
        <message>
            <source>&amp;Export everything about this person…</source>
            <translation>&amp;Exporter toutes les données de cette personne…</translation>
        </message>
        <message>
            <source>E&amp;rase this person…</source>
            <translation>E&amp;ffacer cette personne…</translation>
        </message>
        <message>
            <source>&amp;Retention list</source>
            <translation>Liste de &amp;conservation</translation>
        </message>
        <message>
            <source>&amp;Privacy</source>
            <translation>&amp;Confidentialité</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people erased</source>
            <translation>
                <numerusform>%Ln personne effacée</numerusform>
                <numerusform>%Ln personnes effacées</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a contact in People or Organizations first.</source>
            <translation>Ouvrez d'abord un contact dans Personnes ou Organisations.</translation>
        </message>
        <message>
            <source>Export everything about this person to</source>
            <translation>Exporter toutes les données de cette personne vers</translation>
        </message>
        <message>
            <source>The PDF could not be written: {error}</source>
            <translation>Le PDF n'a pas pu être écrit : {error}</translation>
        </message>
        <message>
            <source>Exported everything about “{name}” to {folder}</source>
            <translation>Toutes les données de « {name} » ont été exportées vers {folder}</translation>
        </message>
        <message>
            <source>The person's data was erased</source>
            <translation>Les données de la personne ont été effacées</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>Click to go to the field</source>
            <translation>Cliquer pour aller au champ</translation>
        </message>
        <message numerus="yes">
            <source>%Ln errors — they must be fixed before saving; {warnings}</source>
            <translation>
                <numerusform>%Ln erreur — à corriger avant d'enregistrer ; {warnings}</numerusform>
                <numerusform>%Ln erreurs — à corriger avant d'enregistrer ; {warnings}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warnings</source>
            <translation>
                <numerusform>%Ln avertissement</numerusform>
                <numerusform>%Ln avertissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warnings — the contact can be saved</source>
            <translation>
                <numerusform>%Ln avertissement — le contact peut être enregistré</numerusform>
                <numerusform>%Ln avertissements — le contact peut être enregistré</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Quality</name>
        <message>
            <source>VAT numbers with wrong check digits</source>
            <translation>Numéros de TVA avec des chiffres de contrôle erronés</translation>
        </message>
        <message>
            <source>VAT numbers (of organizations and in customer or supplier tax information) whose check digits, length or shape do not match their country's scheme.</source>
            <translation>Numéros de TVA (des organisations et des informations fiscales des clients ou fournisseurs) dont les chiffres de contrôle, la longueur ou la forme ne correspondent pas au schéma de leur pays.</translation>
        </message>
        <message>
            <source>GLNs with wrong check digits</source>
            <translation>GLN avec un chiffre de contrôle erroné</translation>
        </message>
        <message>
            <source>Global Location Numbers of customer and supplier roles that are not 13 digits with a valid GS1 check digit.</source>
            <translation>Numéros GLN (Global Location Number) des rôles client et fournisseur qui ne comptent pas 13 chiffres avec un chiffre de contrôle GS1 valide.</translation>
        </message>
        <message>
            <source>Phone numbers that are not valid</source>
            <translation>Numéros de téléphone non valides</translation>
        </message>
        <message>
            <source>Numbers that cannot be read, or are not valid, for their country (the country of the first address when the number has no +country code).</source>
            <translation>Numéros illisibles ou non valides pour leur pays (le pays de la première adresse quand le numéro n'a pas d'indicatif +pays).</translation>
        </message>
        <message>
            <source>E-mail addresses that fail the syntax check</source>
            <translation>Adresses e-mail qui échouent à la vérification de syntaxe</translation>
        </message>
        <message>
            <source>Addresses that are not written the way an e-mail address must be (no network look-up).</source>
            <translation>Adresses qui ne sont pas écrites comme doit l'être une adresse e-mail (sans vérification sur le réseau).</translation>
        </message>
        <message>
            <source>Addresses: country or postal code missing or wrong</source>
            <translation>Adresses : pays ou code postal manquant ou erroné</translation>
        </message>
        <message>
            <source>Postal addresses missing the country or the postal code, or whose postal code does not have the shape used in its country.</source>
            <translation>Adresses postales sans pays ou sans code postal, ou dont le code postal n'a pas la forme utilisée dans leur pays.</translation>
        </message>
        <message>
            <source>Values kept as received</source>
            <translation>Valeurs conservées telles que reçues</translation>
        </message>
        <message>
            <source>Values an import or a server sent that break a rule (an unknown type, country or usage, a web address that is not one…): kept as they came, but not accepted if typed.</source>
            <translation>Valeurs envoyées par une importation ou un serveur qui enfreignent une règle (type, pays ou usage inconnu, adresse web qui n'en est pas une…) : conservées telles quelles, mais refusées si elles sont saisies.</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>Doublons probables</translation>
        </message>
        <message>
            <source>Contacts that share an e-mail address, phone number or VAT number with another contact (see Duplicates to merge them).</source>
            <translation>Contacts qui partagent une adresse e-mail, un numéro de téléphone ou un numéro de TVA avec un autre contact (voir Doublons pour les fusionner).</translation>
        </message>
        <message>
            <source>Contacts without any way to reach them</source>
            <translation>Contacts sans aucun moyen de les joindre</translation>
        </message>
        <message>
            <source>No e-mail address, phone number or postal address — neither their own nor at a workplace.</source>
            <translation>Ni adresse e-mail, ni numéro de téléphone, ni adresse postale — ni les leurs, ni sur un lieu de travail.</translation>
        </message>
        <message>
            <source>People not active anywhere</source>
            <translation>Personnes actives nulle part</translation>
        </message>
        <message>
            <source>People whose every professional identity and role is marked inactive.</source>
            <translation>Personnes dont toutes les identités professionnelles et tous les rôles sont marqués inactifs.</translation>
        </message>
        <message>
            <source>the same e-mail as “{name}” ({value})</source>
            <translation>le même e-mail que « {name} » ({value})</translation>
        </message>
        <message>
            <source>the same phone as “{name}” ({value})</source>
            <translation>le même téléphone que « {name} » ({value})</translation>
        </message>
        <message>
            <source>the same VAT number as “{name}” ({value})</source>
            <translation>le même numéro de TVA que « {name} » ({value})</translation>
        </message>
        <message>
            <source>“{value}” is not a known address type</source>
            <translation>« {value} » n'est pas un type d'adresse connu</translation>
        </message>
        <message>
            <source>“{value}” is not a known address usage</source>
            <translation>« {value} » n'est pas un usage d'adresse connu</translation>
        </message>
        <message>
            <source>“{value}” is not a known e-mail type</source>
            <translation>« {value} » n'est pas un type d'e-mail connu</translation>
        </message>
        <message>
            <source>“{value}” is not a known phone type</source>
            <translation>« {value} » n'est pas un type de téléphone connu</translation>
        </message>
        <message>
            <source>“{value}” is not a known phone usage</source>
            <translation>« {value} » n'est pas un usage de téléphone connu</translation>
        </message>
        <message>
            <source>“{value}” is not a known web address type</source>
            <translation>« {value} » n'est pas un type d'adresse web connu</translation>
        </message>
        <message>
            <source>no e-mail address, phone number or postal address</source>
            <translation>ni adresse e-mail, ni numéro de téléphone, ni adresse postale</translation>
        </message>
        <message>
            <source>every professional identity and role is inactive</source>
            <translation>toutes les identités professionnelles et tous les rôles sont inactifs</translation>
        </message>
        <message>
            <source>“{value}” is not a known usage context</source>
            <translation>« {value} » n'est pas un contexte d'utilisation connu</translation>
        </message>
        <message>
            <source>the country is missing</source>
            <translation>le pays manque</translation>
        </message>
        <message>
            <source>the postal code is missing</source>
            <translation>le code postal manque</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>La vérification a été annulée.</translation>
        </message>
    </context>
    <context>
        <name>RecentChangesPage</name>
        <message>
            <source>Recent changes</source>
            <translation>Modifications récentes</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Show older</source>
            <translation>Afficher les plus anciennes</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recent changes</source>
            <translation>
                <numerusform>%Ln modification récente</numerusform>
                <numerusform>%Ln modifications récentes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RelationshipRow</name>
        <message>
            <source>Type part of the person's name</source>
            <translation>Saisissez une partie du nom de la personne</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
    </context>
    <context>
        <name>RelationshipsSection</name>
        <message>
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <source>Add relationship</source>
            <translation>Ajouter une relation</translation>
        </message>
        <message>
            <source>No relationships</source>
            <translation>Aucune relation</translation>
        </message>
    </context>
    <context>
        <name>RepresentativeRow</name>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Active from</source>
            <translation>Actif depuis</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Jusqu'au</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>Retention</source>
            <translation>Conservation</translation>
        </message>
        <message numerus="yes">
            <source> years</source>
            <translation>
                <numerusform> an</numerusform>
                <numerusform> ans</numerusform>
            </translation>
        </message>
        <message>
            <source>The book's retention period (also in Preferences)</source>
            <translation>La durée de conservation du carnet (aussi dans les Préférences)</translation>
        </message>
        <message>
            <source>Keep as the book's period</source>
            <translation>Retenir comme durée du carnet</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Tout cocher</translation>
        </message>
        <message>
            <source>Erase ticked…</source>
            <translation>Effacer les personnes cochées…</translation>
        </message>
        <message>
            <source>People not changed for</source>
            <translation>Personnes non modifiées depuis</translation>
        </message>
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n an</numerusform>
                <numerusform>%n ans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people not changed for {years}</source>
            <translation>
                <numerusform>%Ln personne non modifiée depuis {years}</numerusform>
                <numerusform>%Ln personnes non modifiées depuis {years}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Retention period: %n years</source>
            <translation>
                <numerusform>Durée de conservation : %n an</numerusform>
                <numerusform>Durée de conservation : %n ans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erase %Ln people</source>
            <translation>
                <numerusform>Effacer %Ln personne</numerusform>
                <numerusform>Effacer %Ln personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erase all personal data of the %Ln ticked people? This cannot be undone. Records accounting needs are anonymised instead of deleted.</source>
            <translation>
                <numerusform>Effacer toutes les données personnelles de la personne cochée ? Cette opération est irréversible. Les fiches dont la comptabilité a besoin sont anonymisées au lieu d'être supprimées.</numerusform>
                <numerusform>Effacer toutes les données personnelles des %Ln personnes cochées ? Cette opération est irréversible. Les fiches dont la comptabilité a besoin sont anonymisées au lieu d'être supprimées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people erased</source>
            <translation>
                <numerusform>%Ln personne effacée</numerusform>
                <numerusform>%Ln personnes effacées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln refused: {why}</source>
            <translation>
                <numerusform>, %Ln refusée : {why}</numerusform>
                <numerusform>, %Ln refusées : {why}</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the people to erase first</source>
            <translation>Cochez d'abord les personnes à effacer</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Effacer</translation>
        </message>
    </context>
    <context>
        <name>RowLabel</name>
        <message>
            <source>Kept on this computer only</source>
            <translation>Conservé sur cet ordinateur uniquement</translation>
        </message>
    </context>
    <context>
        <name>RowList</name>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>An account named “{name}” exists already.</source>
            <extracomment>Filled by the accounts service from the account type's connector: the record is only read from there, never written (an organization linked to a Kanbert company) ... ... and what that system cannot do with such a record, in the user's language.</extracomment>
            <translation>Un compte nommé « {name} » existe déjà.</translation>
        </message>
        <message>
            <source>A tag named “{name}” exists already.</source>
            <translation>Une étiquette nommée « {name} » existe déjà.</translation>
        </message>
        <message>
            <source>“{name}” cannot be deleted for good: 1 person works there. Remove their professional identities first.</source>
            <translation>« {name} » ne peut pas être supprimé définitivement : 1 personne y travaille. Retirez d'abord ses identités professionnelles.</translation>
        </message>
        <message>
            <source>“{name}” cannot be deleted for good: {count} people work there. Remove their professional identities first.</source>
            <translation>« {name} » ne peut pas être supprimé définitivement : {count} personnes y travaillent. Retirez d'abord leurs identités professionnelles.</translation>
        </message>
    </context>
    <context>
        <name>StringListEditor</name>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>StructureSection</name>
        <message>
            <source>Departments</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>Ajouter un service</translation>
        </message>
        <message>
            <source>No departments</source>
            <translation>Aucun service</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Add location</source>
            <translation>Ajouter un site</translation>
        </message>
        <message>
            <source>No locations</source>
            <translation>Aucun site</translation>
        </message>
        <message>
            <source>Memberships</source>
            <translation>Adhésions</translation>
        </message>
        <message>
            <source>Add membership</source>
            <translation>Ajouter une adhésion</translation>
        </message>
        <message>
            <source>No memberships</source>
            <translation>Aucune adhésion</translation>
        </message>
        <message>
            <source>Representatives</source>
            <translation>Représentants</translation>
        </message>
        <message>
            <source>Add representative</source>
            <translation>Ajouter un représentant</translation>
        </message>
        <message>
            <source>No representatives</source>
            <translation>Aucun représentant</translation>
        </message>
        <message>
            <source>Founders</source>
            <translation>Fondateurs</translation>
        </message>
        <message>
            <source>Leaders</source>
            <translation>Responsables</translation>
        </message>
    </context>
    <context>
        <name>SupplierBox</name>
        <message>
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Our number at this supplier</source>
            <translation>Notre numéro chez ce fournisseur</translation>
        </message>
        <message>
            <source>13 digits</source>
            <translation>13 chiffres</translation>
        </message>
        <message>
            <source>Assigned by the server</source>
            <translation>Attribué par le serveur</translation>
        </message>
        <message>
            <source>Supplier number</source>
            <translation>Numéro de fournisseur</translation>
        </message>
        <message>
            <source>Supplier since</source>
            <translation>Fournisseur depuis</translation>
        </message>
        <message>
            <source>My customer number</source>
            <translation>Mon numéro de client</translation>
        </message>
        <message>
            <source>Managed by</source>
            <translation>Géré par</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>N° de TVA intracommunautaire</translation>
        </message>
        <message>
            <source>Tax registration no.</source>
            <translation>N° d'identification fiscale</translation>
        </message>
        <message>
            <source>GLN</source>
            <translation>GLN</translation>
        </message>
        <message>
            <source>Creditor account</source>
            <translation>Compte créditeur</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>same VAT number ({key})</source>
            <extracomment>Records not linked yet taken in per transaction by a pull. In an account's settings: what its connector keeps between runs (a sync token). In the base of a record whose create answer was lost on a system with no read path: the user chose to send it again.</extracomment>
            <translation>même numéro de TVA ({key})</translation>
        </message>
        <message>
            <source>same e-mail ({key})</source>
            <translation>même e-mail ({key})</translation>
        </message>
        <message>
            <source>same phone ({key})</source>
            <translation>même téléphone ({key})</translation>
        </message>
        <message>
            <source>same name in {city}</source>
            <translation>même nom à {city}</translation>
        </message>
        <message>
            <source>Sync failed: {error}</source>
            <translation>Échec de la synchronisation : {error}</translation>
        </message>
        <message>
            <source>Sending changes to {system}</source>
            <translation>Envoi des modifications à {system}</translation>
        </message>
        <message>
            <source>The workspace API has no delete: the location stays in the workspace and is no longer synced. Remove it in the workspace by hand if it should go.</source>
            <translation>L'API de l'espace de travail ne permet pas la suppression : le site reste dans l'espace de travail et n'est plus synchronisé. Supprimez-le à la main dans l'espace de travail s'il doit disparaître.</translation>
        </message>
        <message>
            <source>Reading the workspace organization</source>
            <translation>Lecture de l'organisation de l'espace de travail</translation>
        </message>
        <message>
            <source>Reading countries and languages</source>
            <translation>Lecture des pays et des langues</translation>
        </message>
        <message>
            <source>Syncing the locations</source>
            <translation>Synchronisation des sites</translation>
        </message>
        <message>
            <source>Choose “our own organization” in the account to sync its locations.</source>
            <translation>Choisissez « notre propre organisation » dans le compte pour synchroniser ses sites.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>“Our own organization” chosen in the account is not in the address book (or is in the trash): choose it again in the account.</source>
            <translation>« Notre propre organisation » choisie dans le compte ne se trouve pas dans le carnet d'adresses (ou est dans la corbeille) : choisissez-la à nouveau dans le compte.</translation>
        </message>
        <message>
            <source>the workspace's locations could not be read</source>
            <translation>les sites de l'espace de travail n'ont pas pu être lus</translation>
        </message>
        <message>
            <source>Not sent this time: {reason}</source>
            <translation>Non envoyé cette fois : {reason}</translation>
        </message>
        <message>
            <source>Location “{name}” was removed here. {note}</source>
            <translation>Le site « {name} » a été supprimé ici. {note}</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Non envoyé</translation>
        </message>
        <message>
            <source>{problem} — fix it here.</source>
            <translation>{problem} — corrigez-le ici.</translation>
        </message>
        <message>
            <source>{title}: {detail}</source>
            <translation>{title} : {detail}</translation>
        </message>
        <message>
            <source>The workspace refused location “{name}”: {problems}</source>
            <translation>L'espace de travail a refusé le site « {name} » : {problems}</translation>
        </message>
        <message>
            <source>Location “{name}”, {field}</source>
            <translation>Site « {name} », {field}</translation>
        </message>
        <message>
            <source>changed here to {mine} and in the workspace to {theirs}. Nothing of this location was sent or taken. Retry sends the value here; or type the workspace's value here.</source>
            <translation>modifié ici en {mine} et dans l'espace de travail en {theirs}. Rien de ce site n'a été envoyé ni repris. Réessayer envoie la valeur d'ici ; ou saisissez ici la valeur de l'espace de travail.</translation>
        </message>
        <message>
            <source>in the workspace</source>
            <translation>dans l'espace de travail</translation>
        </message>
        <message>
            <source>{problem}: not taken</source>
            <translation>{problem} : non repris</translation>
        </message>
        <message>
            <source>“{name}” kept changing in {system} while it was sent; it is merged on the next run</source>
            <translation>« {name} » a continué de changer dans {system} pendant l'envoi ; il sera fusionné lors de la prochaine exécution</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejeté</translation>
        </message>
        <message>
            <source>{system} refused “{name}”: {problems}</source>
            <translation>{system} a refusé « {name} » : {problems}</translation>
        </message>
        <message>
            <source>Not sent: {field}</source>
            <translation>Non envoyé : {field}</translation>
        </message>
        <message>
            <source>record</source>
            <translation>fiche</translation>
        </message>
        <message>
            <source>{problem} — fix it here</source>
            <translation>{problem} — corrigez-le ici</translation>
        </message>
        <message>
            <source>“{name}” was not sent to {system}: {problems} — fix it here.</source>
            <translation>« {name} » n'a pas été envoyé à {system} : {problems} — corrigez-le ici.</translation>
        </message>
        <message>
            <source>{system}'s answer to creating this record was lost and it cannot be asked whether it made it. Retry sends it again (a second record if it did).</source>
            <translation>La réponse de {system} à la création de cette fiche a été perdue et il est impossible de lui demander si la fiche a été créée. Réessayer l'envoie à nouveau (une deuxième fiche si elle avait été créée).</translation>
        </message>
        <message>
            <source>Answer lost</source>
            <translation>Réponse perdue</translation>
        </message>
        <message>
            <source>“{name}”: {note}</source>
            <translation>« {name} » : {note}</translation>
        </message>
        <message>
            <source>The server refused the credentials ({status}). Enter a valid API token for this account in Accounts; nothing was lost.</source>
            <translation>Le serveur a refusé les identifiants ({status}). Saisissez un jeton d'API valide pour ce compte dans Comptes ; rien n'a été perdu.</translation>
        </message>
        <message>
            <source>{system}'s list could not be read</source>
            <translation>La liste de {system} n'a pas pu être lue</translation>
        </message>
        <message>
            <source>made from this contact when the answer was lost</source>
            <translation>créée à partir de ce contact quand la réponse a été perdue</translation>
        </message>
        <message>
            <source>“{name}” was sent to {system} before and the answer was lost; {system} cannot be asked whether it made it (it keeps no id of Kontor's). Its record of the same name waits for you: link or create.</source>
            <translation>« {name} » a déjà été envoyé à {system} et la réponse a été perdue ; impossible de demander à {system} s'il a créé la fiche (il ne conserve aucun ID de Kontor). Sa fiche du même nom attend votre décision : lier ou créer.</translation>
        </message>
        <message>
            <source>{field}: here {mine}, there {theirs}</source>
            <translation>{field} : ici {mine}, là-bas {theirs}</translation>
        </message>
        <message>
            <source>“{name}” changed here and in {system}: {fields} — choose which to keep.</source>
            <translation>« {name} » a été modifié ici et dans {system} : {fields} — choisissez ce qu'il faut garder.</translation>
        </message>
        <message>
            <source>It cannot be deleted there.</source>
            <translation>Il ne peut pas y être supprimé.</translation>
        </message>
        <message>
            <source>Not deleted in {system}</source>
            <translation>Non supprimé dans {system}</translation>
        </message>
        <message>
            <source>“{name}” is in the trash here; {note}</source>
            <translation>« {name} » est dans la corbeille ici ; {note}</translation>
        </message>
        <message>
            <source>Reading {system}</source>
            <translation>Lecture de {system}</translation>
        </message>
        <message>
            <source>{system}'s list came back incomplete: nothing is taken as deleted this time.</source>
            <translation>La liste de {system} est revenue incomplète : rien n'est considéré comme supprimé cette fois.</translation>
        </message>
        <message>
            <source>Taking in new records of {system}</source>
            <translation>Reprise des nouvelles fiches de {system}</translation>
        </message>
        <message>
            <source>“{name}” linked to {system} ({reasons}).</source>
            <translation>« {name} » lié à {system} ({reasons}).</translation>
        </message>
        <message>
            <source>“{name}” in {system} may be {candidates} here: link or create?</source>
            <translation>« {name} » dans {system} correspond peut-être à {candidates} ici : lier ou créer ?</translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <source>A record of {system} could not be read; it was skipped.</source>
            <translation>Une fiche de {system} n'a pas pu être lue ; elle a été ignorée.</translation>
        </message>
        <message>
            <source>{system}'s list of companies came back incomplete: the companies its contacts name are taken in.</source>
            <translation>La liste des entreprises de {system} est revenue incomplète : les entreprises nommées par ses contacts sont reprises.</translation>
        </message>
        <message>
            <source>same name ({name})</source>
            <translation>même nom ({name})</translation>
        </message>
        <message>
            <source>Checking what is gone</source>
            <translation>Vérification de ce qui a disparu</translation>
        </message>
        <message>
            <source>Reading the server's organization contacts</source>
            <extracomment>the progress text while the server's contacts of a kind are read</extracomment>
            <translation>Lecture des organisations du serveur</translation>
        </message>
        <message>
            <source>Reading the server's individual contacts</source>
            <translation>Lecture des personnes du serveur</translation>
        </message>
        <message>
            <source>address</source>
            <extracomment>the parts of a contact as the user reads them, in messages about one of them</extracomment>
            <translation>adresse</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>web address</source>
            <translation>adresse web</translation>
        </message>
        <message>
            <source>personal relationship</source>
            <translation>relation personnelle</translation>
        </message>
        <message>
            <source>department</source>
            <translation>service</translation>
        </message>
        <message>
            <source>location</source>
            <translation>site</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>adhésion</translation>
        </message>
        <message>
            <source>customer role</source>
            <translation>rôle client</translation>
        </message>
        <message>
            <source>supplier role</source>
            <translation>rôle fournisseur</translation>
        </message>
        <message>
            <source>alternative payer role</source>
            <translation>rôle tiers payeur</translation>
        </message>
        <message>
            <source>The server's {kinds} were not all read: {reason}</source>
            <translation>Lecture incomplète des {kinds} du serveur : {reason}</translation>
        </message>
        <message>
            <source>Matching the server's contacts with this book's</source>
            <translation>Rapprochement des contacts du serveur avec ceux de ce carnet</translation>
        </message>
        <message>
            <source>Sending changes</source>
            <translation>Envoi des modifications</translation>
        </message>
        <message>
            <source>Changes sent</source>
            <translation>Modifications envoyées</translation>
        </message>
        <message>
            <source>Not sent yet: {reason}</source>
            <translation>Pas encore envoyé : {reason}</translation>
        </message>
        <message>
            <source>“{name}” was not sent and waits for the next sync: {reason}</source>
            <translation>« {name} » n'a pas été envoyé et attend la prochaine synchronisation : {reason}</translation>
        </message>
        <message>
            <source>The server created a contact but sent no id.</source>
            <translation>Le serveur a créé un contact mais n'a envoyé aucun ID.</translation>
        </message>
        <message>
            <source>“{name}” refers to records not on the server yet ({reference})</source>
            <translation>« {name} » fait référence à des fiches qui ne sont pas encore sur le serveur ({reference})</translation>
        </message>
        <message>
            <source>edited again while syncing</source>
            <translation>modifié à nouveau pendant la synchronisation</translation>
        </message>
        <message>
            <source>a {entity} refers to {reference}</source>
            <translation>un élément de type « {entity} » fait référence à {reference}</translation>
        </message>
        <message>
            <source>The server created a {entity} but sent no id.</source>
            <translation>Le serveur a créé un élément de type « {entity} » mais n'a envoyé aucun ID.</translation>
        </message>
        <message>
            <source>a professional identity of “{name}” refers to {reference}</source>
            <translation>une identité professionnelle de « {name} » fait référence à {reference}</translation>
        </message>
        <message>
            <source>The server created an identity but sent no id.</source>
            <translation>Le serveur a créé une identité mais n'a envoyé aucun ID.</translation>
        </message>
        <message>
            <source>the {role} of “{name}” refers to {reference}</source>
            <translation>le {role} de « {name} » fait référence à {reference}</translation>
        </message>
        <message>
            <source>The server refused the changes of “{name}”: {problems}</source>
            <translation>Le serveur a refusé les modifications de « {name} » : {problems}</translation>
        </message>
        <message>
            <source>The server's list of contacts is incomplete: {error}</source>
            <translation>La liste des contacts du serveur est incomplète : {error}</translation>
        </message>
        <message>
            <source>The server's list of contacts came with problems: {problems}</source>
            <translation>La liste des contacts du serveur est arrivée avec des problèmes : {problems}</translation>
        </message>
        <message>
            <source>Reading changes from the server</source>
            <translation>Lecture des modifications du serveur</translation>
        </message>
        <message>
            <source>Not taken from the server yet: {name} ({reason})</source>
            <translation>Pas encore repris du serveur : {name} ({reason})</translation>
        </message>
        <message>
            <source>Changes read</source>
            <translation>Modifications lues</translation>
        </message>
        <message>
            <source>The server refused to send a contact: {error}</source>
            <translation>Le serveur a refusé d'envoyer un contact : {error}</translation>
        </message>
        <message>
            <source>it refers to records not here ({error})</source>
            <translation>il fait référence à des fiches absentes d'ici ({error})</translation>
        </message>
        <message>
            <source>Checking what is gone on the server</source>
            <translation>Vérification de ce qui a disparu sur le serveur</translation>
        </message>
        <message>
            <source>{new} new and {updated} updated from the server</source>
            <translation>Reçus du serveur — nouveaux : {new}, mis à jour : {updated}</translation>
        </message>
        <message>
            <source>placeholder customer</source>
            <extracomment>the kind as the user reads it, one and several (English: show with ``translate("Sync", label)``)</extracomment>
            <translation>client générique</translation>
        </message>
        <message>
            <source>placeholder customers</source>
            <translation>clients génériques</translation>
        </message>
        <message>
            <source>customer list</source>
            <translation>liste de clients</translation>
        </message>
        <message>
            <source>customer lists</source>
            <translation>listes de clients</translation>
        </message>
        <message>
            <source>a member ({remote}) is not here yet</source>
            <translation>un membre ({remote}) n'est pas encore ici</translation>
        </message>
        <message>
            <source>The server sent an answer that cannot be read: {error}</source>
            <translation>Le serveur a envoyé une réponse illisible : {error}</translation>
        </message>
        <message>
            <source>Sync was cancelled; what was done so far is kept.</source>
            <translation>La synchronisation a été annulée ; ce qui a déjà été fait est conservé.</translation>
        </message>
        <message>
            <source>The server could not be reached ({error}); changes stay queued.</source>
            <translation>Le serveur est injoignable ({error}) ; les modifications restent en attente.</translation>
        </message>
        <message>
            <source>{reason} Your changes stay queued.</source>
            <translation>{reason} Vos modifications restent en attente.</translation>
        </message>
        <message>
            <source>The server failed ({error})</source>
            <translation>Erreur du serveur ({error})</translation>
        </message>
        <message>
            <source>The server refused the credentials ({status}). Enter a valid API token in Preferences; nothing was lost.</source>
            <translation>Le serveur a refusé les identifiants ({status}). Saisissez un jeton d'API valide dans les Préférences ; rien n'a été perdu.</translation>
        </message>
        <message>
            <source>“{name}” was not sent: {problems} — fix it here.</source>
            <translation>« {name} » n'a pas été envoyé : {problems} — corrigez-le ici.</translation>
        </message>
        <message>
            <source>The server refused the changes of the {kind} “{name}”.</source>
            <translation>Le serveur a refusé les modifications apportées à « {name} » ({kind}).</translation>
        </message>
        <message>
            <source>the {kind} “{name}” {reason}</source>
            <translation>{kind} « {name} » — {reason}</translation>
        </message>
        <message>
            <source>The server created a {kind} but sent no id.</source>
            <translation>Le serveur a créé un élément de type « {kind} » mais n'a envoyé aucun ID.</translation>
        </message>
        <message>
            <source>Reading the server's {kinds}</source>
            <translation>Lecture des {kinds} du serveur</translation>
        </message>
        <message>
            <source>The server's list of {kinds} is incomplete.</source>
            <translation>La liste des {kinds} du serveur est incomplète.</translation>
        </message>
        <message>
            <source>A {kind} was not taken from the server yet: {reason}</source>
            <translation>Un élément de type « {kind} » n'a pas encore été repris du serveur : {reason}</translation>
        </message>
        <message>
            <source>{where}: no remote id known for {value}; kept as is</source>
            <translation>{where} : aucun ID distant connu pour {value} ; conservé tel quel</translation>
        </message>
        <message>
            <source>{where}: no local id known for {value}; kept as is</source>
            <translation>{where} : aucun ID local connu pour {value} ; conservé tel quel</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>délai dépassé</translation>
        </message>
        <message>
            <source>network error ({error})</source>
            <translation>erreur réseau ({error})</translation>
        </message>
        <message>
            <source>the card {href} cannot be read: {reason}</source>
            <extracomment>Properties Kontor's writer writes for every contact; a person's ``ORG`` / ``TITLE`` are not among them (Kontor keeps a person's organizations as contacts of their own), an organization's ``ORG`` is its name. Lines that are not the contact's: never merged, never changed by a write. A person's organization lines, kept with the contact (written back on export).</extracomment>
            <translation>la carte {href} est illisible : {reason}</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <source>enfore Contacts API</source>
            <translation>API Contacts enfore</translation>
        </message>
        <message>
            <source>Kanbert needs a first or a last name</source>
            <translation>Kanbert exige un prénom ou un nom</translation>
        </message>
        <message>
            <source>Birthday: not a date — {value}</source>
            <translation>Date de naissance : pas une date — {value}</translation>
        </message>
        <message>
            <source>Custom field “{key}”: Kanbert takes only text, yes/no, whole numbers or empty — {value}</source>
            <translation>Champ personnalisé « {key} » : Kanbert n'accepte que du texte, oui/non, des nombres entiers ou une valeur vide — {value}</translation>
        </message>
        <message>
            <source>E-mail: {reason}</source>
            <translation>E-mail : {reason}</translation>
        </message>
        <message>
            <source>Country: Kanbert takes only ISO 3166-1 country codes — {code}</source>
            <translation>Pays : Kanbert n'accepte que les codes pays ISO 3166-1 — {code}</translation>
        </message>
        <message>
            <source>KIP has no delete: the company stays registered there. Remove it in KIP by hand if it should go.</source>
            <translation>KIP ne permet pas la suppression : l'entreprise y reste enregistrée. Supprimez-la à la main dans KIP si elle doit disparaître.</translation>
        </message>
        <message>
            <source>KIP's answer to creating this company was lost, and KIP has no way to look a company up, so Kontor cannot tell whether KIP made it. Check in KIP: if the company is not there, Retry sends it again; if it is, untick “Registered with KIP” on the organization (a second send would register it twice).</source>
            <translation>La réponse de KIP à la création de cette entreprise a été perdue, et KIP ne permet pas de rechercher une entreprise : Kontor ne peut donc pas savoir si KIP l'a créée. Vérifiez dans KIP : si l'entreprise n'y est pas, Réessayer l'envoie à nouveau ; si elle y est, décochez « Enregistrée auprès de KIP » sur l'organisation (un second envoi l'enregistrerait deux fois).</translation>
        </message>
        <message>
            <source>KIP takes the VAT and company registration numbers when a company is registered and does not let them change afterwards.</source>
            <translation>KIP reprend les numéros de TVA et d'entreprise lors de l'enregistrement d'une entreprise et ne permet plus de les modifier ensuite.</translation>
        </message>
        <message>
            <source>KIP</source>
            <translation>KIP</translation>
        </message>
        <message>
            <source>a name</source>
            <extracomment>KIP's field names, in the order of its create request. Kept in the base beside what KIP answered: never sent as a field of the company. What each KIP field is called for the user (English: shown with ``translate("Sync", ...)``), and where to fill it in.</extracomment>
            <translation>un nom</translation>
        </message>
        <message>
            <source>a street in the invoice address</source>
            <translation>une rue dans l'adresse de facturation</translation>
        </message>
        <message>
            <source>a city in the invoice address</source>
            <translation>une ville dans l'adresse de facturation</translation>
        </message>
        <message>
            <source>a post code in the invoice address</source>
            <translation>un code postal dans l'adresse de facturation</translation>
        </message>
        <message>
            <source>a country in the invoice address</source>
            <translation>un pays dans l'adresse de facturation</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation>un numéro de téléphone</translation>
        </message>
        <message>
            <source>a mobile phone number</source>
            <translation>un numéro de téléphone mobile</translation>
        </message>
        <message>
            <source>an e-mail address for invoices</source>
            <translation>une adresse e-mail pour les factures</translation>
        </message>
        <message>
            <source>an invoice language</source>
            <translation>une langue de facturation</translation>
        </message>
        <message>
            <source>KIP needs {what} — add one or leave this company out of KIP</source>
            <translation>KIP exige {what} — complétez la fiche ou retirez cette entreprise de KIP</translation>
        </message>
        <message>
            <source>KIP needs a VAT number or a company registration number — add one or leave this company out of KIP</source>
            <translation>KIP exige un numéro de TVA ou un numéro d'entreprise — ajoutez-en un ou retirez cette entreprise de KIP</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>Numéro de TVA</translation>
        </message>
        <message>
            <source>Company registration</source>
            <translation>Numéro d'entreprise</translation>
        </message>
        <message>
            <source>{field}: KIP takes at most 16 letters and digits — {value}</source>
            <translation>{field} : KIP accepte au plus 16 lettres et chiffres — {value}</translation>
        </message>
        <message>
            <source>Country: KIP takes a code of 2 to 4 letters — {country}</source>
            <translation>Pays : KIP accepte un code de 2 à 4 lettres — {country}</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Emploi</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Adhésion</translation>
        </message>
        <message>
            <source>Customer role</source>
            <translation>Rôle client</translation>
        </message>
        <message>
            <source>Supplier role</source>
            <translation>Rôle fournisseur</translation>
        </message>
        <message>
            <source>Alternative payer role</source>
            <translation>Rôle tiers payeur</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Placeholder customer</source>
            <translation>Client générique</translation>
        </message>
        <message>
            <source>Customer list</source>
            <translation>Liste de clients</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Changed here and on the server: choose which value to keep.</source>
            <translation>Modifié ici et sur le serveur : choisissez la valeur à garder.</translation>
        </message>
        <message>
            <source>The server refused the changes: fix them and save, or retry.</source>
            <translation>Le serveur a refusé les modifications : corrigez-les et enregistrez, ou réessayez.</translation>
        </message>
        <message>
            <source>Changed here, but deleted on the server.</source>
            <translation>Modifié ici, mais supprimé sur le serveur.</translation>
        </message>
        <message>
            <source>Deleted here, but changed on the server.</source>
            <translation>Supprimé ici, mais modifié sur le serveur.</translation>
        </message>
        <message>
            <source>Deleted on the server: it stays here, no longer linked there. Nothing is deleted here; dismiss this notice once read.</source>
            <translation>Supprimé sur le serveur : il reste ici, sans lien avec là-bas. Rien n'est supprimé ici ; ignorez cet avis une fois lu.</translation>
        </message>
        <message>
            <source>Found on the server on the first sync and maybe a contact here already: link it to one or make it a new contact.</source>
            <translation>Trouvé sur le serveur lors de la première synchronisation et existe peut-être déjà ici comme contact : liez-le à un contact ou faites-en un nouveau contact.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>{entity} · {field}</source>
            <translation>{entity} · {field}</translation>
        </message>
        <message>
            <source>edited ({fields})</source>
            <translation>modifié ({fields})</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>Sync is not set up yet: enter the server address and the organization in Preferences.</source>
            <translation>La synchronisation n'est pas encore configurée : indiquez l'adresse du serveur et l'organisation dans les Préférences.</translation>
        </message>
        <message>
            <source>No API token is stored for this server: enter it in Preferences (or set KONTOR_API_TOKEN).</source>
            <translation>Aucun jeton d'API n'est enregistré pour ce serveur : saisissez-le dans les Préférences (ou définissez KONTOR_API_TOKEN).</translation>
        </message>
        <message>
            <source>Not sent: it breaks a rule the server checks too. Fix it here and save; the next sync sends it.</source>
            <translation>Non envoyé : enfreint une règle que le serveur vérifie aussi. Corrigez-le ici et enregistrez ; la prochaine synchronisation l'enverra.</translation>
        </message>
        <message>
            <source>Sent, but the answer was lost, and the system cannot be asked whether it made it. Retry sends it again — only if it is not there.</source>
            <translation>Envoyé, mais la réponse a été perdue, et il est impossible de demander au système s'il l'a créé. Réessayer l'envoie à nouveau — seulement s'il n'y est pas.</translation>
        </message>
        <message>
            <source>Changed here and there to different values: nothing of it was sent or taken. Retry sends the values here; or change them here.</source>
            <translation>Modifié ici et là-bas avec des valeurs différentes : rien n'a été envoyé ni repris. Réessayer envoie les valeurs d'ici ; ou modifiez-les ici.</translation>
        </message>
        <message>
            <source>this sync issue is not a conflict (or was settled already)</source>
            <translation>ce problème de synchronisation n'est pas un conflit (ou a déjà été résolu)</translation>
        </message>
        <message>
            <source>this sync issue is not about a deletion</source>
            <translation>ce problème de synchronisation ne concerne pas une suppression</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Téléphone mobile</translation>
        </message>
        <message>
            <source>{field}: KIP takes at most {most} characters — {number}</source>
            <translation>{field} : KIP accepte au plus {most} caractères — {number}</translation>
        </message>
        <message>
            <source>E-mail for KIP: {reason}</source>
            <translation>E-mail pour KIP : {reason}</translation>
        </message>
        <message>
            <source>Invoice language: KIP takes a code of 2 or 3 letters — {language}</source>
            <translation>Langue de facturation : KIP accepte un code de 2 ou 3 lettres — {language}</translation>
        </message>
        <message>
            <source>The partner portal has no delete: the organization stays there. Remove it on the portal by hand if it should go.</source>
            <translation>Le portail des partenaires ne permet pas la suppression : l'organisation y reste. Supprimez-la à la main sur le portail si elle doit disparaître.</translation>
        </message>
        <message>
            <source>Partner portal</source>
            <translation>Portail des partenaires</translation>
        </message>
        <message>
            <source>Country: the portal's id {id} is unknown</source>
            <translation>Pays : l'ID {id} du portail est inconnu</translation>
        </message>
        <message>
            <source>State: the portal's id {id} is unknown</source>
            <translation>Région : l'ID {id} du portail est inconnu</translation>
        </message>
        <message>
            <source>The partner portal needs a name</source>
            <translation>Le portail des partenaires exige un nom</translation>
        </message>
        <message>
            <source>The partner portal needs an organization type: {types}</source>
            <translation>Le portail des partenaires exige un type d'organisation : {types}</translation>
        </message>
        <message>
            <source>Organization type: the partner portal does not know “{kind}” — it takes {types}</source>
            <translation>Type d'organisation : le portail des partenaires ne connaît pas « {kind} » — il accepte {types}</translation>
        </message>
        <message>
            <source>Post code: must be a number for the partner portal — {code}</source>
            <translation>Code postal : doit être un nombre pour le portail des partenaires — {code}</translation>
        </message>
        <message>
            <source>Post code: the partner portal keeps it as a number and would lose the leading zero — {code}</source>
            <translation>Code postal : le portail des partenaires le conserve comme nombre et perdrait le zéro initial — {code}</translation>
        </message>
        <message>
            <source>Country: the partner portal does not know {country}</source>
            <translation>Pays : le portail des partenaires ne connaît pas {country}</translation>
        </message>
        <message>
            <source>State: the partner portal does not know “{state}” in {country}</source>
            <translation>Région : le portail des partenaires ne connaît pas « {state} » pour {country}</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>{field}: cannot be split into country code and number — {number}</source>
            <translation>{field} : impossible de séparer l'indicatif du pays et le numéro — {number}</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>name</source>
            <extracomment>What each field is called for the user (English: shown with ``translate("Sync", ...)``).</extracomment>
            <translation>nom</translation>
        </message>
        <message>
            <source>opening hour</source>
            <translation>heure d'ouverture</translation>
        </message>
        <message>
            <source>closing hour</source>
            <translation>heure de fermeture</translation>
        </message>
        <message>
            <source>Location “{name}”</source>
            <translation>Site « {name} »</translation>
        </message>
        <message>
            <source>A location</source>
            <translation>Un site</translation>
        </message>
        <message>
            <source>{location}: the workspace needs a name for every location</source>
            <translation>{location} : l'espace de travail exige un nom pour chaque site</translation>
        </message>
        <message>
            <source>{location}: the {field} must be an hour from 0 to 23 — {value}</source>
            <translation>{location} : l'{field} doit être une heure de 0 à 23 — {value}</translation>
        </message>
        <message>
            <source>{location}: opens at {opens} and closes at {closes} — the opening hour must be before the closing hour</source>
            <translation>{location} : ouvre à {opens} et ferme à {closes} — l'heure d'ouverture doit précéder l'heure de fermeture</translation>
        </message>
        <message>
            <source>The remote record does not describe one contact.</source>
            <translation>La fiche distante ne décrit pas un seul contact.</translation>
        </message>
        <message>
            <source>That contact is no longer in the address book.</source>
            <translation>Ce contact n'est plus dans le carnet d'adresses.</translation>
        </message>
        <message>
            <source>A person can only be linked to a person, an organization to an organization.</source>
            <translation>Une personne ne peut être liée qu'à une personne, une organisation qu'à une organisation.</translation>
        </message>
        <message>
            <source>The remote record cannot be read: {error}</source>
            <translation>La fiche distante est illisible : {error}</translation>
        </message>
        <message>
            <source>This record was linked or created already.</source>
            <translation>Cette fiche a déjà été liée ou créée.</translation>
        </message>
        <message>
            <source>This remote record is linked to another contact already.</source>
            <translation>Cette fiche distante est déjà liée à un autre contact.</translation>
        </message>
        <message>
            <source>That contact is linked to another record of this account already: choose another one or create a new contact.</source>
            <translation>Ce contact est déjà lié à une autre fiche de ce compte : choisissez-en un autre ou créez un nouveau contact.</translation>
        </message>
        <message>
            <source>This account is synced by its own run.</source>
            <extracomment>Account types whose queued edits of contacts they do not carry are dropped.</extracomment>
            <translation>Ce compte est synchronisé par sa propre exécution.</translation>
        </message>
        <message>
            <source>this sync issue was settled already</source>
            <translation>ce problème de synchronisation a déjà été résolu</translation>
        </message>
        <message>
            <source>Kanbert's companies are read here, never written: Kontor cannot create or change a company there.</source>
            <extracomment>The kind of Kanbert's companies here (their sync records), read and linked, never written.</extracomment>
            <translation>Les entreprises de Kanbert sont lues ici, jamais écrites : Kontor ne peut pas y créer ni modifier d'entreprise.</translation>
        </message>
        <message>
            <source>Gone from {system}</source>
            <extracomment>How the sync issues present the notice of a contact whose related record is gone from the system. It is stored as an issue of kind ``rejected`` (the kinds the database allows) whose detail has :data:`GONE_FLAG` set.</extracomment>
            <translation>Disparu de {system}</translation>
        </message>
        <message>
            <source>{system} no longer has “{name}” (deleted there). The organization stays here, no longer linked to {system}; work details at it stay here only.</source>
            <translation>{system} n'a plus « {name} » (supprimé là-bas). L'organisation reste ici, sans lien avec {system} ; les emplois qui s'y rattachent restent uniquement ici.</translation>
        </message>
        <message>
            <source>“{name}” is no longer in {system}: the organization stays here, unlinked from it.</source>
            <translation>« {name} » n'est plus dans {system} : l'organisation reste ici, sans lien.</translation>
        </message>
        <message>
            <source>Offline: cannot reach {server}.</source>
            <translation>Hors ligne : impossible de joindre {server}.</translation>
        </message>
        <message>
            <source>Offline: cannot find {server} (check the address and the network).</source>
            <translation>Hors ligne : {server} est introuvable (vérifiez l’adresse et le réseau).</translation>
        </message>
        <message>
            <source>The server {server} did not answer in time.</source>
            <translation>Le serveur {server} n’a pas répondu à temps.</translation>
        </message>
        <message>
            <source>The connection to {server} broke off.</source>
            <translation>La connexion à {server} a été interrompue.</translation>
        </message>
        <message>
            <source>Offline: cannot reach the server.</source>
            <translation>Hors ligne : impossible de joindre le serveur.</translation>
        </message>
        <message>
            <source>Offline: cannot find the server (check the address and the network).</source>
            <translation>Hors ligne : le serveur est introuvable (vérifiez l’adresse et le réseau).</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>Le serveur n’a pas répondu à temps.</translation>
        </message>
        <message>
            <source>The connection to the server broke off.</source>
            <translation>La connexion au serveur a été interrompue.</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Sync failed: {reason}</source>
            <translation>Échec de la synchronisation : {reason}</translation>
        </message>
        <message>
            <source>Enter the server address and the organization in Preferences.</source>
            <translation>Indiquez l'adresse du serveur et l'organisation dans les Préférences.</translation>
        </message>
    </context>
    <context>
        <name>SyncIssuesPage</name>
        <message>
            <source>Sync issues</source>
            <translation>Problèmes de synchro</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Show the issues of one account</source>
            <translation>Afficher les problèmes d'un seul compte</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Ma valeur</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Leur valeur</translation>
        </message>
        <message>
            <source>Click the value to keep, or select it and press Space</source>
            <translation>Cliquez sur la valeur à garder, ou sélectionnez-la et appuyez sur Espace</translation>
        </message>
        <message>
            <source>Base is the value both sides last agreed on. Click the value to keep in each row (or select it and press Space), then apply.</source>
            <translation>La base est la dernière valeur sur laquelle les deux côtés étaient d'accord. Cliquez sur la valeur à garder dans chaque ligne (ou sélectionnez-la et appuyez sur Espace), puis appliquez.</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>Garder toutes &amp;mes valeurs</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Prendre toutes &amp;leurs valeurs</translation>
        </message>
        <message>
            <source>Edit &amp;contact…</source>
            <translation>Modifier le &amp;contact…</translation>
        </message>
        <message>
            <source>Apply the choices, then open the contact in its editor</source>
            <translation>Appliquer les choix, puis ouvrir le contact dans son éditeur</translation>
        </message>
        <message>
            <source>&amp;Apply choices</source>
            <translation>&amp;Appliquer les choix</translation>
        </message>
        <message>
            <source>What the server said:</source>
            <translation>Réponse du serveur :</translation>
        </message>
        <message>
            <source>Fix the contact in its editor and save, then retry; or retry as it is when the server's problem is gone.</source>
            <translation>Corrigez le contact dans son éditeur et enregistrez, puis réessayez ; ou réessayez tel quel quand le problème du serveur est résolu.</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>Send the contact again with the next sync</source>
            <translation>Renvoyer le contact lors de la prochaine synchronisation</translation>
        </message>
        <message>
            <source>Review it: link it to the contact it is, or make it a new contact. Until then it is neither merged nor added.</source>
            <translation>Examinez-la : liez-la au contact qui lui correspond, ou faites-en un nouveau contact. D'ici là, elle n'est ni fusionnée ni ajoutée.</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>E&amp;xaminer…</translation>
        </message>
        <message>
            <source>Link or create, record by record</source>
            <translation>Lier ou créer, fiche par fiche</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Tous les comptes</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Non envoyé</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <source>Refused by the server</source>
            <translation>Refusé par le serveur</translation>
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation>Supprimé sur le serveur</translation>
        </message>
        <message>
            <source>Changed on the server</source>
            <translation>Modifié sur le serveur</translation>
        </message>
        <message>
            <source>Gone from the server</source>
            <translation>Disparu du serveur</translation>
        </message>
        <message>
            <source>Link or create</source>
            <translation>Lier ou créer</translation>
        </message>
        <message>
            <source>“{name}” was changed here and on the server. Choose which value to keep for each field.</source>
            <translation>« {name} » a été modifié ici et sur le serveur. Choisissez la valeur à garder pour chaque champ.</translation>
        </message>
        <message>
            <source>The server refused the changes to “{name}”.</source>
            <translation>Le serveur a refusé les modifications de « {name} ».</translation>
        </message>
        <message>
            <source>You changed “{name}” here, but it was deleted on the server.</source>
            <translation>Vous avez modifié « {name} » ici, mais il a été supprimé sur le serveur.</translation>
        </message>
        <message>
            <source>You deleted “{name}” here, but it was changed on the server meanwhile.</source>
            <translation>Vous avez supprimé « {name} » ici, mais il a été modifié entre-temps sur le serveur.</translation>
        </message>
        <message>
            <source>“{name}” came with the first sync of {account} and may be a contact here already.</source>
            <translation>« {name} » est arrivé avec la première synchronisation de {account} et existe peut-être déjà ici comme contact.</translation>
        </message>
        <message>
            <source>“{name}” was deleted in {account}. It stays here, no longer linked to {account}; nothing was deleted here.</source>
            <translation>« {name} » a été supprimé dans {account}. Il reste ici, sans lien avec {account} ; rien n'a été supprimé ici.</translation>
        </message>
        <message>
            <source>this account</source>
            <translation>ce compte</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>No sync issues</source>
            <translation>Aucun problème de synchronisation</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sync issues</source>
            <translation>
                <numerusform>%Ln problème de synchronisation</numerusform>
                <numerusform>%Ln problèmes de synchronisation</numerusform>
            </translation>
        </message>
        <message>
            <source>No sync issues. Conflicts and changes the server refused show up here.</source>
            <translation>Aucun problème de synchronisation. Les conflits et les modifications refusées par le serveur s'affichent ici.</translation>
        </message>
        <message>
            <source>Choose an issue on the left.</source>
            <translation>Choisissez un problème à gauche.</translation>
        </message>
        <message>
            <source>The server gave no reason.</source>
            <translation>Le serveur n'a donné aucune raison.</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>Ce qui s'est passé :</translation>
        </message>
        <message>
            <source>The contact here is kept as it is. Dismiss this notice once read.</source>
            <translation>Le contact reste ici tel quel. Ignorez cet avis une fois lu.</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Ignorer</translation>
        </message>
        <message>
            <source>Take this notice away</source>
            <translation>Retirer cet avis</translation>
        </message>
        <message>
            <source>&amp;Keep my version (send it again)</source>
            <translation>&amp;Garder ma version (la renvoyer)</translation>
        </message>
        <message>
            <source>The contact is made again on the server, with your changes.</source>
            <translation>Le contact est recréé sur le serveur, avec vos modifications.</translation>
        </message>
        <message>
            <source>A&amp;ccept the deletion</source>
            <translation>Acce&amp;pter la suppression</translation>
        </message>
        <message>
            <source>The contact goes to the trash here; your changes to it are dropped.</source>
            <translation>Le contact va dans la corbeille ici ; vos modifications sont abandonnées.</translation>
        </message>
        <message>
            <source>&amp;Delete on the server too</source>
            <translation>&amp;Supprimer aussi sur le serveur</translation>
        </message>
        <message>
            <source>Your deletion is sent; the server's changes are dropped.</source>
            <translation>Votre suppression est envoyée ; les modifications du serveur sont abandonnées.</translation>
        </message>
        <message>
            <source>&amp;Restore the server's version</source>
            <translation>Res&amp;taurer la version du serveur</translation>
        </message>
        <message>
            <source>The contact comes back from the trash as the server has it.</source>
            <translation>Le contact sort de la corbeille tel que le serveur l'a.</translation>
        </message>
        <message>
            <source>Conflict of “{name}” settled</source>
            <translation>Conflit de « {name} » résolu</translation>
        </message>
        <message>
            <source>“{name}” settled</source>
            <translation>« {name} » résolu</translation>
        </message>
        <message>
            <source>“{name}” is sent again with the next sync</source>
            <translation>« {name} » sera renvoyé lors de la prochaine synchronisation</translation>
        </message>
        <message>
            <source>Notice about “{name}” dismissed</source>
            <translation>Avis concernant « {name} » ignoré</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Traitement en cours…</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Show the changes the next sync sends</source>
            <translation>Afficher les modifications que la prochaine synchronisation enverra</translation>
        </message>
        <message>
            <source>Show the sync issues</source>
            <translation>Afficher les problèmes de synchronisation</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop the sync; what was done so far is kept</source>
            <translation>Arrêter la synchronisation ; ce qui a déjà été fait est conservé</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Jamais synchronisé</translation>
        </message>
        <message>
            <source>Last sync {time}</source>
            <translation>Dernière synchronisation : {time}</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Not synced (off)</source>
            <translation>Non synchronisé (désactivé)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes to send</source>
            <translation>
                <numerusform>%Ln modification à envoyer</numerusform>
                <numerusform>%Ln modifications à envoyer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sync issues</source>
            <translation>
                <numerusform>%Ln problème de synchronisation</numerusform>
                <numerusform>%Ln problèmes de synchronisation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to send</source>
            <translation>
                <numerusform>%Ln à envoyer</numerusform>
                <numerusform>%Ln à envoyer</numerusform>
            </translation>
        </message>
        <message>
            <source>last sync {time}</source>
            <translation>dernière synchronisation : {time}</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>jamais synchronisé</translation>
        </message>
        <message>
            <source>Click to open Accounts and enter a valid token for “{name}”.</source>
            <translation>Cliquez pour ouvrir Comptes et saisir un jeton valide pour « {name} ».</translation>
        </message>
        <message>
            <source>Click to open Accounts.</source>
            <translation>Cliquez pour ouvrir Comptes.</translation>
        </message>
        <message>
            <source>Click to open Preferences.</source>
            <translation>Cliquez pour ouvrir les Préférences.</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <source>The last sync reached the server</source>
            <translation>La dernière synchronisation a pu joindre le serveur</translation>
        </message>
        <message>
            <source>The server could not be reached</source>
            <translation>Le serveur est injoignable</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>{why} Click to open Accounts.</source>
            <translation>{why} Cliquez pour ouvrir Comptes.</translation>
        </message>
        <message>
            <source>{why} Click to open Preferences.</source>
            <translation>{why} Cliquez pour ouvrir les Préférences.</translation>
        </message>
        <message>
            <source>Not set up</source>
            <translation>Non configuré</translation>
        </message>
        <message>
            <source>The server refused the API token.</source>
            <translation>Le serveur a refusé le jeton d'API.</translation>
        </message>
        <message>
            <source>The server refused the API token. Click to open Accounts.</source>
            <translation>Le serveur a refusé le jeton d'API. Cliquez pour ouvrir Comptes.</translation>
        </message>
        <message>
            <source>The server refused the API token. Click to open Preferences.</source>
            <translation>Le serveur a refusé le jeton d'API. Cliquez pour ouvrir les Préférences.</translation>
        </message>
        <message>
            <source>Token refused</source>
            <translation>Jeton refusé</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Échec de la synchronisation</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <source>Sync now with F5</source>
            <translation>Synchroniser maintenant avec F5</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Checking deletions</source>
            <translation>Vérification des suppressions</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Deletions wait</source>
            <translation>Suppressions en attente</translation>
        </message>
        <message>
            <source>Contacts deleted on the server, more than the safety limit allows at once, are still here: nothing is deleted before you say yes.</source>
            <translation>Des contacts supprimés sur le serveur, plus que la limite de sécurité n’en permet d’un coup, sont toujours ici : rien n’est supprimé avant votre accord.</translation>
        </message>
        <message>
            <source>Click to review them.</source>
            <translation>Cliquez pour les examiner.</translation>
        </message>
        <message>
            <source>Click to review what “{name}” holds back.</source>
            <translation>Cliquez pour examiner ce que « {name} » retient.</translation>
        </message>
    </context>
    <context>
        <name>SyncUi</name>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Send your changes and fetch what changed, in every account (F5)</source>
            <translation>Envoyer vos modifications et récupérer ce qui a changé, dans chaque compte (F5)</translation>
        </message>
        <message>
            <source>&amp;Cancel sync</source>
            <translation>&amp;Annuler la synchronisation</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>&amp;Synchronisation</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Comptes…</translation>
        </message>
        <message>
            <source>&amp;Link or create…</source>
            <translation>&amp;Lier ou créer…</translation>
        </message>
        <message>
            <source>Records of a new account that may be contacts here already</source>
            <translation>Fiches d'un nouveau compte qui existent peut-être déjà ici comme contacts</translation>
        </message>
        <message>
            <source>Sync &amp;other accounts</source>
            <translation>Synchroniser les aut&amp;res comptes</translation>
        </message>
        <message>
            <source>Sync every enabled account but enfore once (KIP, workspace, …)</source>
            <translation>Synchroniser une fois chaque compte activé sauf enfore (KIP, espace de travail, …)</translation>
        </message>
        <message>
            <source>A sync is running already.</source>
            <translation>Une synchronisation est déjà en cours.</translation>
        </message>
        <message>
            <source>No other account to sync.</source>
            <translation>Aucun autre compte à synchroniser.</translation>
        </message>
        <message>
            <source>Syncing {names}…</source>
            <translation>Synchronisation de {names}…</translation>
        </message>
        <message>
            <source>The server refused the API token</source>
            <translation>Le serveur a refusé le jeton d'API</translation>
        </message>
        <message>
            <source>Sync is not set up</source>
            <translation>La synchronisation n'est pas configurée</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Échec de la synchronisation</translation>
        </message>
        <message>
            <source>{reason} Your changes stay queued.</source>
            <translation>{reason} Vos modifications restent en attente.</translation>
        </message>
        <message>
            <source>Offline: the server could not be reached; your changes stay queued.</source>
            <translation>Hors ligne : le serveur est injoignable ; vos modifications restent en attente.</translation>
        </message>
        <message>
            <source>Sync cancelled; what was done so far is kept.</source>
            <translation>Synchronisation annulée ; ce qui a déjà été fait est conservé.</translation>
        </message>
        <message>
            <source>The server refused the API token: enter a valid one in Preferences. Nothing was lost.</source>
            <translation>Le serveur a refusé le jeton d'API : saisissez un jeton valide dans les Préférences. Rien n'a été perdu.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes sent</source>
            <translation>
                <numerusform>%Ln modification envoyée</numerusform>
                <numerusform>%Ln modifications envoyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln received</source>
            <translation>
                <numerusform>%Ln reçu</numerusform>
                <numerusform>%Ln reçus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln merged</source>
            <translation>
                <numerusform>%Ln fusionné</numerusform>
                <numerusform>%Ln fusionnés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deleted</source>
            <translation>
                <numerusform>%Ln supprimé</numerusform>
                <numerusform>%Ln supprimés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln conflicts</source>
            <translation>
                <numerusform>%Ln conflit</numerusform>
                <numerusform>%Ln conflits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln refused</source>
            <translation>
                <numerusform>%Ln refusé</numerusform>
                <numerusform>%Ln refusés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deletions wait for your confirmation</source>
            <translation>
                <numerusform>%Ln suppression attend votre confirmation</numerusform>
                <numerusform>%Ln suppressions attendent votre confirmation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts were deleted on the server. Delete them here too?</source>
            <translation>
                <numerusform>%Ln contact a été supprimé sur le serveur. Le supprimer aussi ici ?</numerusform>
                <numerusform>%Ln contacts ont été supprimés sur le serveur. Les supprimer aussi ici ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced: {line}; {waiting}</source>
            <translation>Synchronisé : {line} ; {waiting}</translation>
        </message>
        <message>
            <source>{name}: sync failed ({reason})</source>
            <translation>{name} : échec de la synchronisation ({reason})</translation>
        </message>
        <message>
            <source>{name}: synced</source>
            <translation>{name} : synchronisé</translation>
        </message>
        <message>
            <source>{name}: some records could not be synced — see Sync issues</source>
            <translation>{name} : certains enregistrements n'ont pas pu être synchronisés — voir Problèmes de synchro</translation>
        </message>
        <message>
            <source>{name}: not everything could be synced; the rest waits for the next sync</source>
            <translation>{name} : tout n'a pas pu être synchronisé ; le reste attend la prochaine synchronisation</translation>
        </message>
        <message>
            <source>{name}: {reason} Changes stay queued.</source>
            <translation>{name} : {reason} Les modifications restent en attente.</translation>
        </message>
        <message>
            <source>{name}: offline — the server could not be reached; changes stay queued</source>
            <translation>{name} : hors ligne — le serveur n'a pas pu être joint ; les modifications restent en attente</translation>
        </message>
        <message>
            <source>{name}: the server refused the token — enter a valid one in Accounts</source>
            <translation>{name} : le serveur a refusé le jeton — saisissez-en un valide dans Comptes</translation>
        </message>
        <message>
            <source>{name}: sync cancelled; what was done so far is kept</source>
            <translation>{name} : synchronisation annulée ; ce qui a déjà été fait est conservé</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Appliquer</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Délier</translation>
        </message>
        <message>
            <source>Gone from {account}</source>
            <translation>Disparu de {account}</translation>
        </message>
        <message>
            <source>Sync incomplete: {line}</source>
            <translation>Synchronisation incomplète : {line}</translation>
        </message>
        <message>
            <source>Synced: {line}</source>
            <translation>Synchronisé : {line}</translation>
        </message>
        <message>
            <source>Deleted on the server</source>
            <translation>Supprimé sur le serveur</translation>
        </message>
        <message>
            <source>&amp;Delete here too</source>
            <translation>&amp;Supprimer aussi ici</translation>
        </message>
        <message>
            <source>Open &amp;Preferences…</source>
            <translation>Ouvrir les &amp;Préférences…</translation>
        </message>
    </context>
    <context>
        <name>TagsPage</name>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Filter tags…</source>
            <translation>Filtrer les étiquettes…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Rename the tag on every contact (F2)</source>
            <translation>Renommer l'étiquette sur tous les contacts (F2)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Take the tag from every contact and delete it</source>
            <translation>Retirer l'étiquette de tous les contacts et la supprimer</translation>
        </message>
        <message numerus="yes">
            <source>%Ln tags</source>
            <translation>
                <numerusform>%Ln étiquette</numerusform>
                <numerusform>%Ln étiquettes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln résultat</numerusform>
                <numerusform>%Ln résultats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove tag “{name}” from %Ln contacts?</source>
            <translation>
                <numerusform>Retirer l'étiquette « {name} » de %Ln contact ?</numerusform>
                <numerusform>Retirer l'étiquette « {name} » de %Ln contacts ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag “{name}” deleted and taken from %Ln contacts</source>
            <translation>
                <numerusform>Étiquette « {name} » supprimée et retirée de %Ln contact</numerusform>
                <numerusform>Étiquette « {name} » supprimée et retirée de %Ln contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>{matches} in {total}</source>
            <translation>{matches} sur {total}</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Renommer l'étiquette</translation>
        </message>
        <message>
            <source>New name of the tag “{name}”:</source>
            <translation>Nouveau nom de l'étiquette « {name} » :</translation>
        </message>
        <message>
            <source>The tag was deleted meanwhile</source>
            <translation>L'étiquette a été supprimée entre-temps</translation>
        </message>
        <message>
            <source>Tag “{old}” renamed to “{new}”</source>
            <translation>Étiquette « {old} » renommée en « {new} »</translation>
        </message>
        <message>
            <source>Delete the tag “{name}”? No contact has it.</source>
            <translation>Supprimer l'étiquette « {name} » ? Aucun contact ne la porte.</translation>
        </message>
        <message>
            <source>Delete tag</source>
            <translation>Supprimer l'étiquette</translation>
        </message>
        <message>
            <source>Deleting the tag “{name}”…</source>
            <translation>Suppression de l'étiquette « {name} »…</translation>
        </message>
        <message>
            <source>The tag “{name}” was deleted already</source>
            <translation>L'étiquette « {name} » était déjà supprimée</translation>
        </message>
        <message>
            <source>The tag “{name}” could not be deleted: {error}</source>
            <translation>L'étiquette « {name} » n'a pas pu être supprimée : {error}</translation>
        </message>
    </context>
    <context>
        <name>TagsSection</name>
        <message>
            <source>Type a tag and press Enter</source>
            <translation>Saisissez une étiquette et appuyez sur Entrée</translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Ajouter une étiquette</translation>
        </message>
        <message>
            <source>Remove tag</source>
            <translation>Retirer l'étiquette</translation>
        </message>
    </context>
    <context>
        <name>TimeText</name>
        <message>
            <source>yesterday {time}</source>
            <translation>hier à {time}</translation>
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
            <translation>Corbeille</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>it was deleted for good meanwhile</source>
            <translation>il a été supprimé définitivement entre-temps</translation>
        </message>
        <message>
            <source>Search the trash…</source>
            <translation>Rechercher dans la corbeille…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Take the chosen contacts out of the trash</source>
            <translation>Sortir de la corbeille les contacts choisis</translation>
        </message>
        <message>
            <source>Delete permanently…</source>
            <translation>Supprimer définitivement…</translation>
        </message>
        <message>
            <source>Delete the chosen contacts for good (Del)</source>
            <translation>Supprimer définitivement les contacts choisis (Suppr)</translation>
        </message>
        <message>
            <source>Empty trash…</source>
            <translation>Vider la corbeille…</translation>
        </message>
        <message>
            <source>Delete every contact in the trash for good</source>
            <translation>Supprimer définitivement tous les contacts de la corbeille</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>The trash is empty</source>
            <translation>La corbeille est vide</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts in the trash</source>
            <translation>
                <numerusform>%Ln contact dans la corbeille</numerusform>
                <numerusform>%Ln contacts dans la corbeille</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln matches</source>
            <translation>
                <numerusform>%Ln résultat</numerusform>
                <numerusform>%Ln résultats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts restored</source>
            <translation>
                <numerusform>%Ln contact restauré</numerusform>
                <numerusform>%Ln contacts restaurés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts could not be restored:</source>
            <translation>
                <numerusform>%Ln contact n'a pas pu être restauré :</numerusform>
                <numerusform>%Ln contacts n'ont pas pu être restaurés :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln contacts for good?</source>
            <translation>
                <numerusform>Supprimer définitivement %Ln contact ?</numerusform>
                <numerusform>Supprimer définitivement %Ln contacts ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts deleted for good</source>
            <translation>
                <numerusform>%Ln contact supprimé définitivement</numerusform>
                <numerusform>%Ln contacts supprimés définitivement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contacts in the trash for good?</source>
            <translation>
                <numerusform>Supprimer définitivement le contact de la corbeille ?</numerusform>
                <numerusform>Supprimer définitivement les %Ln contacts de la corbeille ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %Ln kept</source>
            <translation>
                <numerusform> ; %Ln conservé</numerusform>
                <numerusform> ; %Ln conservés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts could not be deleted for good and stay in the trash:</source>
            <translation>
                <numerusform>%Ln contact n'a pas pu être supprimé définitivement et reste dans la corbeille :</numerusform>
                <numerusform>%Ln contacts n'ont pas pu être supprimés définitivement et restent dans la corbeille :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln kept</source>
            <translation>
                <numerusform>%Ln conservé</numerusform>
                <numerusform>%Ln conservés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… et %Ln autre</numerusform>
                <numerusform>… et %Ln autres</numerusform>
            </translation>
        </message>
        <message>
            <source>{matches} — {total}</source>
            <translation>{matches} — {total}</translation>
        </message>
        <message>
            <source>“{name}” restored</source>
            <translation>« {name} » restauré</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restauration…</translation>
        </message>
        <message>
            <source>Delete “{name}” for good?</source>
            <translation>Supprimer définitivement « {name} » ?</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Supprimer définitivement</translation>
        </message>
        <message>
            <source>“{name}” deleted for good</source>
            <translation>« {name} » supprimé définitivement</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>Suppression…</translation>
        </message>
        <message>
            <source>So many cannot be undone.</source>
            <translation>Autant de suppressions ne peuvent pas être annulées.</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vider la corbeille</translation>
        </message>
        <message>
            <source>Emptying the trash…</source>
            <translation>Vidage de la corbeille…</translation>
        </message>
        <message>
            <source> (this cannot be undone)</source>
            <translation> (opération irréversible)</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>the check digits do not match</source>
            <translation>les chiffres de contrôle ne correspondent pas</translation>
        </message>
        <message>
            <source>the VAT number is empty</source>
            <translation>le numéro de TVA est vide</translation>
        </message>
        <message>
            <source>the number does not start with a country code — {number}</source>
            <translation>le numéro ne commence pas par un code pays — {number}</translation>
        </message>
        <message>
            <source>the country {prefix} is not recognised — {number}</source>
            <translation>le pays {prefix} n'est pas reconnu — {number}</translation>
        </message>
        <message>
            <source>the number has the wrong length — {number}</source>
            <translation>le numéro n'a pas la bonne longueur — {number}</translation>
        </message>
        <message>
            <source>the number does not have the shape used in {prefix} — {number}</source>
            <translation>le numéro n'a pas la forme utilisée pour {prefix} — {number}</translation>
        </message>
        <message>
            <source>the number is not valid — {number}</source>
            <translation>le numéro n'est pas valide — {number}</translation>
        </message>
        <message>
            <source>the number could not be checked — {number}</source>
            <translation>le numéro n'a pas pu être vérifié — {number}</translation>
        </message>
        <message>
            <source>{reason} — {value}</source>
            <translation>{reason} — {value}</translation>
        </message>
        <message>
            <source>the phone number is empty</source>
            <translation>le numéro de téléphone est vide</translation>
        </message>
        <message>
            <source>add the country code, for example +32 for Belgium</source>
            <translation>ajoutez l'indicatif du pays, par exemple +32 pour la Belgique</translation>
        </message>
        <message>
            <source>this phone number cannot be read</source>
            <translation>ce numéro de téléphone est illisible</translation>
        </message>
        <message>
            <source>this does not look like a phone number</source>
            <translation>ceci ne ressemble pas à un numéro de téléphone</translation>
        </message>
        <message>
            <source>this is not a valid phone number</source>
            <translation>ce n'est pas un numéro de téléphone valide</translation>
        </message>
        <message>
            <source>this is not a valid phone number in {region}</source>
            <translation>ce n'est pas un numéro de téléphone valide pour {region}</translation>
        </message>
        <message>
            <source>the country code is not known</source>
            <translation>l'indicatif du pays est inconnu</translation>
        </message>
        <message>
            <source>the number is too short</source>
            <translation>le numéro est trop court</translation>
        </message>
        <message>
            <source>the number is too long</source>
            <translation>le numéro est trop long</translation>
        </message>
        <message>
            <source>the e-mail address is empty</source>
            <translation>l'adresse e-mail est vide</translation>
        </message>
        <message>
            <source>this is not a valid e-mail address</source>
            <translation>ce n'est pas une adresse e-mail valide</translation>
        </message>
        <message>
            <source>a GLN has 13 digits — {number}</source>
            <translation>un GLN compte 13 chiffres — {number}</translation>
        </message>
        <message>
            <source>a postal code in {country} has another shape, e.g. {example} — {value}</source>
            <translation>le code postal n'a pas la forme utilisée pour {country}, p. ex. {example} — {value}</translation>
        </message>
        <message>
            <source>a postal code in {country} has another shape — {value}</source>
            <translation>le code postal n'a pas la forme utilisée pour {country} — {value}</translation>
        </message>
        <message>
            <source>a postal code in {country} has {shape}, e.g. {example} — {value}</source>
            <translation>un code postal pour {country} compte {shape}, p. ex. {example} — {value}</translation>
        </message>
        <message>
            <source>{digits} digits and {letters} letters</source>
            <translation>{digits} chiffres et {letters} lettres</translation>
        </message>
        <message>
            <source>{digits} digits</source>
            <translation>{digits} chiffres</translation>
        </message>
        <message>
            <source>{label}: {message}</source>
            <translation>{label} : {message}</translation>
        </message>
        <message>
            <source>may have at most {maximum} characters (it has {length})</source>
            <translation>ne peut pas dépasser {maximum} caractères (il y en a {length})</translation>
        </message>
        <message>
            <source>must be {minimum} to {maximum} characters long (it has {length})</source>
            <translation>doit compter de {minimum} à {maximum} caractères (il y en a {length})</translation>
        </message>
        <message>
            <source>choose {what}</source>
            <translation>choisissez un {what}</translation>
        </message>
        <message>
            <source>“{value}” is not a known {what}</source>
            <translation>« {value} » n'est pas un {what} connu</translation>
        </message>
        <message>
            <source>cannot be in the future — {value}</source>
            <translation>ne peut pas être dans le futur — {value}</translation>
        </message>
        <message>
            <source>enter a date</source>
            <translation>saisissez une date</translation>
        </message>
        <message>
            <source>“{value}” is not a known country code (use two capital letters, e.g. BE)</source>
            <translation>« {value} » n'est pas un code pays connu (utilisez deux lettres majuscules, p. ex. BE)</translation>
        </message>
        <message>
            <source>“{value}” is not a known country code</source>
            <translation>« {value} » n'est pas un code pays connu</translation>
        </message>
        <message>
            <source>may have at most {maximum} letters and digits — {value}</source>
            <translation>ne peut pas dépasser {maximum} lettres et chiffres — {value}</translation>
        </message>
        <message>
            <source>may contain only letters and digits — {value}</source>
            <translation>ne peut contenir que des lettres et des chiffres — {value}</translation>
        </message>
        <message>
            <source>“{value}” is not a currency code (use three capital letters, e.g. EUR)</source>
            <translation>« {value} » n'est pas un code de devise (utilisez trois lettres majuscules, p. ex. EUR)</translation>
        </message>
        <message>
            <source>the amount is not a number</source>
            <translation>le montant n'est pas un nombre</translation>
        </message>
        <message>
            <source>cannot be negative — {value}</source>
            <translation>ne peut pas être négatif — {value}</translation>
        </message>
        <message>
            <source>an amount in {currency} has no decimals — {value}</source>
            <translation>un montant en {currency} n'a pas de décimales — {value}</translation>
        </message>
        <message>
            <source>an amount in {currency} has at most {decimals} decimals — {value}</source>
            <translation>un montant en {currency} a au plus {decimals} décimales — {value}</translation>
        </message>
        <message>
            <source>enter the address</source>
            <translation>saisissez l'adresse</translation>
        </message>
        <message>
            <source>enter an e-mail address</source>
            <translation>saisissez une adresse e-mail</translation>
        </message>
        <message>
            <source>enter a phone number</source>
            <translation>saisissez un numéro de téléphone</translation>
        </message>
        <message>
            <source>a web address cannot contain spaces — {value}</source>
            <translation>une adresse web ne peut pas contenir d'espaces — {value}</translation>
        </message>
        <message>
            <source>this is not a web address — {value}</source>
            <translation>ce n'est pas une adresse web — {value}</translation>
        </message>
        <message>
            <source>write the full web address, starting with https:// — {value}</source>
            <translation>saisissez l'adresse web complète, commençant par https:// — {value}</translation>
        </message>
        <message>
            <source>enter a web address</source>
            <translation>saisissez une adresse web</translation>
        </message>
        <message>
            <source>the invoice address is not one of this contact's addresses</source>
            <translation>l'adresse de facturation n'est pas l'une des adresses de ce contact</translation>
        </message>
        <message>
            <source>the delivery address is not one of this contact's addresses</source>
            <translation>l'adresse de livraison n'est pas l'une des adresses de ce contact</translation>
        </message>
        <message>
            <source>configuration {other} has the same limitations ({limits})</source>
            <translation>la configuration {other} a les mêmes restrictions ({limits})</translation>
        </message>
        <message>
            <source>only one configuration may be without limitations (see {other})</source>
            <translation>une seule configuration peut être sans restriction (voir {other})</translation>
        </message>
        <message>
            <source>enter the number</source>
            <translation>saisissez le numéro</translation>
        </message>
        <message>
            <source>enter a name</source>
            <translation>saisissez un nom</translation>
        </message>
        <message>
            <source>only JPEG and PNG pictures can be stored — {value}</source>
            <translation>seules les images JPEG et PNG peuvent être enregistrées — {value}</translation>
        </message>
        <message>
            <source>a picture may be at most 12 MB (this one has {size} MB)</source>
            <translation>une photo ne peut pas dépasser 12 Mo (celle-ci fait {size} Mo)</translation>
        </message>
        <message>
            <source>may hold text, yes/no or a whole number, not {kind} — {value}</source>
            <translation>peut contenir du texte, oui/non ou un nombre entier, pas {kind} — {value}</translation>
        </message>
        <message>
            <source>is not an organization in this address book</source>
            <translation>n'est pas une organisation de ce carnet d'adresses</translation>
        </message>
        <message>
            <source>enter the related person</source>
            <translation>saisissez la personne liée</translation>
        </message>
        <message>
            <source>enter the kind</source>
            <translation>saisissez le type</translation>
        </message>
        <message>
            <source>must be an hour from 0 to 23 — {value}</source>
            <translation>doit être une heure de 0 à 23 — {value}</translation>
        </message>
        <message>
            <source>must be after the opening hour ({opening}) — {value}</source>
            <translation>doit être après l'heure d'ouverture ({opening}) — {value}</translation>
        </message>
        <message>
            <source>must be a year with four digits — {value}</source>
            <translation>doit être une année à quatre chiffres — {value}</translation>
        </message>
        <message>
            <source>may contain only lower-case letters and underscores — {value}</source>
            <translation>ne peut contenir que des lettres minuscules et des traits de soulignement — {value}</translation>
        </message>
        <message>
            <source>“{value}” is not one of the known types; it is kept as it is</source>
            <translation>« {value} » ne fait pas partie des types connus ; il est conservé tel quel</translation>
        </message>
        <message>
            <source>must be a language code of 2 or 3 letters, e.g. NL — {value}</source>
            <translation>doit être un code de langue de 2 ou 3 lettres, p. ex. FR — {value}</translation>
        </message>
        <message>
            <source>is not a department of {organization}</source>
            <translation>n'est pas un service de {organization}</translation>
        </message>
        <message>
            <source>is not a department of it</source>
            <translation>n'est pas un de ses services</translation>
        </message>
        <message>
            <source>is not a location of {organization}</source>
            <translation>n'est pas un site de {organization}</translation>
        </message>
        <message>
            <source>is not a location of it</source>
            <translation>n'est pas un de ses sites</translation>
        </message>
        <message>
            <source>enter the organization</source>
            <translation>saisissez l'organisation</translation>
        </message>
        <message>
            <source>belongs to another organization than the one this person works for</source>
            <translation>appartient à une autre organisation que celle pour laquelle cette personne travaille</translation>
        </message>
        <message>
            <source>must be from {minimum} to {maximum} — {value}</source>
            <translation>doit être compris entre {minimum} et {maximum} — {value}</translation>
        </message>
        <message>
            <source>enter the id</source>
            <translation>saisissez l'ID</translation>
        </message>
        <message>
            <source>“{value}” is already mapped in mapping {other}</source>
            <translation>« {value} » est déjà utilisé dans la correspondance {other}</translation>
        </message>
        <message>
            <source>cannot be changed once the record is synced — it was {value}</source>
            <translation>ne peut plus être modifié une fois la fiche synchronisée — la valeur était {value}</translation>
        </message>
        <message>
            <source>cannot be changed once the record is synced — it was empty</source>
            <translation>ne peut plus être modifié une fois la fiche synchronisée — il était vide</translation>
        </message>
        <message>
            <source>KIP needs the street</source>
            <translation>KIP exige la rue</translation>
        </message>
        <message>
            <source>KIP needs the city</source>
            <translation>KIP exige la ville</translation>
        </message>
        <message>
            <source>KIP needs the postal code</source>
            <translation>KIP exige le code postal</translation>
        </message>
        <message>
            <source>KIP needs the country</source>
            <translation>KIP exige le pays</translation>
        </message>
        <message>
            <source>KIP needs a name</source>
            <translation>KIP exige un nom</translation>
        </message>
        <message>
            <source>KIP needs an address with street, city, postal code and country</source>
            <translation>KIP exige une adresse avec rue, ville, code postal et pays</translation>
        </message>
        <message>
            <source>KIP needs a phone number</source>
            <translation>KIP exige un numéro de téléphone</translation>
        </message>
        <message>
            <source>KIP needs a mobile phone number</source>
            <translation>KIP exige un numéro de téléphone mobile</translation>
        </message>
        <message>
            <source>KIP needs an e-mail address</source>
            <translation>KIP exige une adresse e-mail</translation>
        </message>
        <message>
            <source>KIP needs the VAT number</source>
            <translation>KIP exige le numéro de TVA</translation>
        </message>
        <message>
            <source>KIP needs the number</source>
            <translation>KIP exige le numéro</translation>
        </message>
        <message>
            <source>KIP needs the invoice language</source>
            <translation>KIP exige la langue de facturation</translation>
        </message>
        <message>
            <source>{message} — kept as received</source>
            <translation>{message} — conservé tel que reçu</translation>
        </message>
        <message>
            <source>a GIF file</source>
            <translation>un fichier GIF</translation>
        </message>
        <message>
            <source>a BMP file</source>
            <translation>un fichier BMP</translation>
        </message>
        <message>
            <source>a TIFF file</source>
            <translation>un fichier TIFF</translation>
        </message>
        <message>
            <source>a PDF file</source>
            <translation>un fichier PDF</translation>
        </message>
        <message>
            <source>an SVG file</source>
            <translation>un fichier SVG</translation>
        </message>
        <message>
            <source>an SVG or other XML file</source>
            <translation>un fichier SVG ou un autre fichier XML</translation>
        </message>
        <message>
            <source>a WebP picture</source>
            <translation>une image WebP</translation>
        </message>
        <message>
            <source>a HEIC/AVIF picture or a video</source>
            <translation>une image HEIC/AVIF ou une vidéo</translation>
        </message>
        <message>
            <source>not a picture Kontor knows</source>
            <translation>d'un format inconnu de Kontor</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>only JPEG and PNG pictures can be used — this file is {kind}</source>
            <translation>seules les images JPEG et PNG peuvent être utilisées — ce fichier est {kind}</translation>
        </message>
        <message>
            <source>the {format} file is damaged or incomplete ({error})</source>
            <translation>le fichier {format} est endommagé ou incomplet ({error})</translation>
        </message>
        <message>
            <source>the picture has far more than {maximum} pixels</source>
            <translation>l'image a bien plus de {maximum} pixels</translation>
        </message>
        <message>
            <source>a picture may have at most {maximum} megapixels (this one is {width} × {height}, {megapixels} megapixels)</source>
            <translation>une image ne peut pas dépasser {maximum} mégapixels (celle-ci fait {width} × {height}, soit {megapixels} mégapixels)</translation>
        </message>
        <message>
            <source>not contacts, so they cannot be members: {ids}</source>
            <translation>ce ne sont pas des contacts, ils ne peuvent donc pas être membres : {ids}</translation>
        </message>
        <message>
            <source>a tag named “{name}” exists already</source>
            <translation>une étiquette nommée « {name} » existe déjà</translation>
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
            <translation>Adresse web</translation>
        </message>
    </context>
    <context>
        <name>WorkSection</name>
        <message>
            <source>Professional identities</source>
            <translation>Identités professionnelles</translation>
        </message>
        <message>
            <source>Add professional identity</source>
            <translation>Ajouter une identité professionnelle</translation>
        </message>
        <message>
            <source>Not linked to any organization</source>
            <translation>Aucune organisation liée</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceBar</name>
        <message>
            <source>not read yet</source>
            <extracomment>``(account name, workspace organization)`` of each workspace account whose own organization is the contact.</extracomment>
            <translation>pas encore lu</translation>
        </message>
        <message>
            <source>slug</source>
            <translation>slug</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>Our own organization in the workspace “{name}”{details} (account “{account}”): its locations and office hours sync with it. The name, slug and status are the workspace's — change them there.</source>
            <translation>Notre propre organisation dans l'espace de travail « {name} »{details} (compte « {account} ») : ses sites et ses heures d'ouverture sont synchronisés avec celui-ci. Le nom, le slug et le statut appartiennent à l'espace de travail — modifiez-les là-bas.</translation>
        </message>
    </context>
    <context>
        <name>_GeneralBase</name>
        <message>
            <source>Kept on this computer only — not sent to {account}</source>
            <translation>Conservé sur cet ordinateur uniquement — non envoyé à {account}</translation>
        </message>
        <message>
            <source>Fields with this mark and the custom fields are kept on this computer only — {account} does not carry them.</source>
            <translation>Les champs portant cette marque et les champs personnalisés sont conservés sur cet ordinateur uniquement — {account} ne les prend pas en charge.</translation>
        </message>
        <message>
            <source>Fields with this mark are kept on this computer only — {account} does not carry them.</source>
            <translation>Les champs portant cette marque sont conservés sur cet ordinateur uniquement — {account} ne les prend pas en charge.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>ID in another system</source>
            <translation>ID dans un autre système</translation>
        </message>
        <message>
            <source>Only visible here</source>
            <translation>Visible uniquement ici</translation>
        </message>
        <message>
            <source>External ID</source>
            <translation>ID externe</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Note interne</translation>
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
            <translation>Contexte</translation>
        </message>
        <message>
            <source>A note, e.g. "only mornings"</source>
            <translation>Une remarque, p. ex. « uniquement le matin »</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
</TS>

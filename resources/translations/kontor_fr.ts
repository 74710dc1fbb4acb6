<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <message>
            <source>every {n} min</source>
            <translation>toutes les {n} min</translation>
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
        <message>
            <source>{n} contact ticked</source>
            <translation>{n} contact coché</translation>
        </message>
        <message>
            <source>{n} contacts ticked</source>
            <translation>{n} contacts cochés</translation>
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
            <translation>Toutes les étiquettes</translation>
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
        <message>
            <source>1 person</source>
            <translation>1 personne</translation>
        </message>
        <message>
            <source>{n} people</source>
            <translation>{n} personnes</translation>
        </message>
        <message>
            <source>1 organization</source>
            <translation>1 organisation</translation>
        </message>
        <message>
            <source>{n} organizations</source>
            <translation>{n} organisations</translation>
        </message>
        <message>
            <source>{n}+ matches</source>
            <translation>{n}+ résultats</translation>
        </message>
        <message>
            <source>1 match</source>
            <translation>1 résultat</translation>
        </message>
        <message>
            <source>{n} matches</source>
            <translation>{n} résultats</translation>
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
        <message>
            <source>The first {n} rows as they would be imported (red: not imported, amber: imported with a warning; point at a cell for the reason):</source>
            <translation>Les {n} premières lignes telles qu'elles seraient importées (rouge : non importée, orange : importée avec un avertissement ; survolez une cellule pour en voir la raison) :</translation>
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
            <source>{kind} — {n} columns</source>
            <translation>{kind} — {n} colonnes</translation>
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
        <message>
            <source>{n} deleted customer list</source>
            <translation>{n} liste de clients supprimée</translation>
        </message>
        <message>
            <source>{n} deleted lists</source>
            <translation>{n} listes supprimées</translation>
        </message>
        <message>
            <source>{n} customer list</source>
            <translation>{n} liste de clients</translation>
        </message>
        <message>
            <source>{n} customer lists</source>
            <translation>{n} listes de clients</translation>
        </message>
        <message>
            <source> ({n} in the trash)</source>
            <translation> ({n} dans la corbeille)</translation>
        </message>
        <message>
            <source>No list chosen — make one with New list (Ctrl+N)</source>
            <translation>Aucune liste choisie — créez-en une avec Nouvelle liste (Ctrl+N)</translation>
        </message>
        <message>
            <source>{n} member</source>
            <translation>{n} membre</translation>
        </message>
        <message>
            <source>{n} members</source>
            <translation>{n} membres</translation>
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
            <source>{n} member added to “{name}”</source>
            <translation>{n} membre ajouté à « {name} »</translation>
        </message>
        <message>
            <source>{n} members added to “{name}”</source>
            <translation>{n} membres ajoutés à « {name} »</translation>
        </message>
        <message>
            <source>{n} member taken out of “{name}”</source>
            <translation>{n} membre retiré de « {name} »</translation>
        </message>
        <message>
            <source>{n} members taken out of “{name}”</source>
            <translation>{n} membres retirés de « {name} »</translation>
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
            <source>Open and fix</source>
            <translation>Ouvrir et corriger</translation>
        </message>
        <message>
            <source>Open the contact on this field (Enter)</source>
            <translation>Ouvrir le contact sur ce champ (Entrée)</translation>
        </message>
        <message>
            <source>Checking every contact…</source>
            <translation>Vérification de tous les contacts…</translation>
        </message>
        <message>
            <source>The check failed: {reason}</source>
            <translation>La vérification a échoué : {reason}</translation>
        </message>
        <message>
            <source>Data quality: not checked yet</source>
            <translation>Qualité des données : pas encore vérifiée</translation>
        </message>
        <message>
            <source>{n} contacts checked (whole book {when}); kept current as contacts change.</source>
            <translation>{n} contacts vérifiés (carnet entier : {when}) ; tenu à jour à chaque modification des contacts.</translation>
        </message>
        <message>
            <source>{n} problems found in {m} contacts</source>
            <translation>{n} problèmes trouvés dans {m} contacts</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Fusionner…</translation>
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
        <message>
            <source>and 1 more</source>
            <translation>et 1 autre</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>et {n} autres</translation>
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
        <message>
            <source>Looking for duplicates… {done} of {total} contacts compared</source>
            <translation>Recherche des doublons… {done} contacts comparés sur {total}</translation>
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
            <source>{n} possible duplicate pair</source>
            <translation>{n} paire de doublons possible</translation>
        </message>
        <message>
            <source>{n} possible duplicate pairs</source>
            <translation>{n} paires de doublons possibles</translation>
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
        <message>
            <source>The &amp;selected row ({n})</source>
            <translation>La ligne &amp;sélectionnée ({n})</translation>
        </message>
        <message>
            <source>The &amp;selected rows ({n})</source>
            <translation>Les lignes &amp;sélectionnées ({n})</translation>
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
            <source>Exported {n} contact to {where}</source>
            <translation>{n} contact exporté vers {where}</translation>
        </message>
        <message>
            <source>Exported {n} contacts to {where}</source>
            <translation>{n} contacts exportés vers {where}</translation>
        </message>
        <message>
            <source>Exported {n} contact into the folder {where} (one file each)</source>
            <translation>{n} contact exporté dans le dossier {where} (un fichier chacun)</translation>
        </message>
        <message>
            <source>Exported {n} contacts into the folder {where} (one file each)</source>
            <translation>{n} contacts exportés dans le dossier {where} (un fichier chacun)</translation>
        </message>
        <message>
            <source>Nothing was exported: {error}</source>
            <translation>Rien n'a été exporté : {error}</translation>
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
        <message>
            <source>1 change</source>
            <translation>1 modification</translation>
        </message>
        <message>
            <source>{n} changes</source>
            <translation>{n} modifications</translation>
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
        <message>
            <source>{n} created</source>
            <translation>créés : {n}</translation>
        </message>
        <message>
            <source>{n} updated</source>
            <translation>mis à jour : {n}</translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>ignorés : {n}</translation>
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
        <message>
            <source>%1 (%2 contacts)…</source>
            <translation>%1 (%2 contacts)…</translation>
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
            <source>Amount, e.g. 1000.50</source>
            <translation>Montant, p. ex. 1000,50</translation>
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
        <message>
            <source>{n} save</source>
            <translation>{n} enregistrement</translation>
        </message>
        <message>
            <source>{n} saves</source>
            <translation>{n} enregistrements</translation>
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
            <source>{n} contact with changes to send</source>
            <translation>{n} contact avec des modifications à envoyer</translation>
        </message>
        <message>
            <source>{n} contacts with changes to send</source>
            <translation>{n} contacts avec des modifications à envoyer</translation>
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
        <message>
            <source>{n} placeholder customer</source>
            <translation>{n} client générique</translation>
        </message>
        <message>
            <source>{n} placeholder customers</source>
            <translation>{n} clients génériques</translation>
        </message>
        <message>
            <source>{n} match</source>
            <translation>{n} résultat</translation>
        </message>
        <message>
            <source>{n} matches</source>
            <translation>{n} résultats</translation>
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
            <source>Not saved: fix the {n} marked fields first</source>
            <translation>Non enregistré : corrigez d'abord les {n} champs signalés</translation>
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
        <message>
            <source>{n} entry</source>
            <translation>{n} entrée</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>{n} entrées</translation>
        </message>
        <message>
            <source>“{file}” ({kind}, {encoding}): {rows}. Nothing has been changed yet.</source>
            <translation>« {file} » ({kind}, {encoding}) : {rows}. Rien n'a encore été modifié.</translation>
        </message>
        <message>
            <source>{n} to create</source>
            <translation>{n} à créer</translation>
        </message>
        <message>
            <source>{n} to update</source>
            <translation>{n} à mettre à jour</translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>ignorées : {n}</translation>
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation>inchangées : {n}</translation>
        </message>
        <message>
            <source>{n} invalid</source>
            <translation>non valides : {n}</translation>
        </message>
        <message>
            <source>{n} ambiguous</source>
            <translation>ambiguës : {n}</translation>
        </message>
        <message>
            <source>{n} repeated in the file</source>
            <translation>répétées dans le fichier : {n}</translation>
        </message>
        <message>
            <source>{n} in the trash</source>
            <translation>dans la corbeille : {n}</translation>
        </message>
        <message>
            <source>Import writes these changes as one step: Edit → Undo takes it back.</source>
            <translation>L'importation enregistre ces modifications en une seule étape : Édition → Annuler l'annule.</translation>
        </message>
        <message>
            <source>{n} organization is created for the people who work there.</source>
            <translation>{n} organisation est créée pour les personnes qui y travaillent.</translation>
        </message>
        <message>
            <source>{n} organizations are created for the people who work there.</source>
            <translation>{n} organisations sont créées pour les personnes qui y travaillent.</translation>
        </message>
        <message>
            <source>Nothing to import: the contact of this file is already in Kontor, unchanged.</source>
            <translation>Rien à importer : le contact de ce fichier est déjà dans Kontor, inchangé.</translation>
        </message>
        <message>
            <source>Nothing to import: all {n} contacts of this file are already in Kontor, unchanged.</source>
            <translation>Rien à importer : les {n} contacts de ce fichier sont déjà dans Kontor, inchangés.</translation>
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
            <translation>&amp;Oublier le jeton</translation>
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
            <translation>Synchroniser au &amp;démarrage de Kontor</translation>
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
        <message>
            <source>{n} without a postal address left out: {names}</source>
            <translation>{n} sans adresse postale omis : {names}</translation>
        </message>
        <message>
            <source>Phone list — {n} contacts — {day}</source>
            <translation>Liste téléphonique — {n} contacts — {day}</translation>
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
        <message>
            <source>Saved {file} ({n} pages).</source>
            <translation>{file} enregistré ({n} pages).</translation>
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
        <name>PrivacyPreferences</name>
        <message>
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <source> years</source>
            <translation> ans</translation>
        </message>
        <message>
            <source>People not changed here nor by any linked system for this long are listed under Retention, to review and erase.</source>
            <translation>Les personnes modifiées ni ici ni par aucun système lié depuis cette durée apparaissent sous Conservation, pour être examinées et effacées.</translation>
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
        <message>
            <source>{n} people erased</source>
            <translation>Personnes effacées : {n}</translation>
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
        <message>
            <source>{errors} error(s) — they must be fixed before saving; {warnings} warning(s)</source>
            <translation>Erreurs : {errors} — à corriger avant d'enregistrer ; avertissements : {warnings}</translation>
        </message>
        <message>
            <source>{warnings} warning(s) — the contact can be saved</source>
            <translation>Avertissements : {warnings} — le contact peut être enregistré</translation>
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
        <message>
            <source>{n} recent changes</source>
            <translation>Modifications récentes : {n}</translation>
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
        <message>
            <source> years</source>
            <translation> ans</translation>
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
        <message>
            <source>{n} person not changed for {years} years</source>
            <translation>{n} personne non modifiée depuis {years} ans</translation>
        </message>
        <message>
            <source>{n} people not changed for {years} years</source>
            <translation>{n} personnes non modifiées depuis {years} ans</translation>
        </message>
        <message>
            <source>Retention period: {n} years</source>
            <translation>Durée de conservation : {n} ans</translation>
        </message>
        <message>
            <source>Tick the people to erase first</source>
            <translation>Cochez d'abord les personnes à effacer</translation>
        </message>
        <message>
            <source>Erase {n} people</source>
            <translation>Effacer des personnes ({n})</translation>
        </message>
        <message>
            <source>Erase all personal data of the {n} ticked people? This cannot be undone. Records accounting needs are anonymised instead of deleted.</source>
            <translation>Effacer toutes les données personnelles des {n} personnes cochées ? Cette opération est irréversible. Les fiches dont la comptabilité a besoin sont anonymisées au lieu d'être supprimées.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>{n} people erased</source>
            <translation>Personnes effacées : {n}</translation>
        </message>
        <message>
            <source>, {n} refused: {why}</source>
            <translation>, refusées : {n} ({why})</translation>
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
            <translation>Problèmes de synchronisation</translation>
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
        <message>
            <source>{n} sync issue</source>
            <translation>{n} problème de synchronisation</translation>
        </message>
        <message>
            <source>{n} sync issues</source>
            <translation>{n} problèmes de synchronisation</translation>
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
            <source>&amp;Keep my version (send it again)</source>
            <translation>&amp;Garder ma version (la renvoyer)</translation>
        </message>
        <message>
            <source>The contact is made again on the server, with your changes.</source>
            <translation>Le contact est recréé sur le serveur, avec vos modifications.</translation>
        </message>
        <message>
            <source>A&amp;ccept the deletion</source>
            <translation>Accepter la &amp;suppression</translation>
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
            <source>{n} change to send</source>
            <translation>{n} modification à envoyer</translation>
        </message>
        <message>
            <source>{n} changes to send</source>
            <translation>{n} modifications à envoyer</translation>
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
            <source>{n} sync issue</source>
            <translation>{n} problème de synchronisation</translation>
        </message>
        <message>
            <source>{n} sync issues</source>
            <translation>{n} problèmes de synchronisation</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Not synced (off)</source>
            <translation>Non synchronisé (désactivé)</translation>
        </message>
        <message>
            <source>{n} to send</source>
            <translation>à envoyer : {n}</translation>
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
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <source>The last sync reached the server</source>
            <translation>La dernière synchronisation a atteint le serveur</translation>
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
            <source>{why} Click to open Preferences.</source>
            <translation>{why} Cliquez pour ouvrir les Préférences.</translation>
        </message>
        <message>
            <source>Not set up</source>
            <translation>Non configuré</translation>
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
            <source>Sync failed: {reason}</source>
            <translation>Échec de la synchronisation : {reason}</translation>
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
        <message>
            <source>{n} change sent</source>
            <translation>{n} modification envoyée</translation>
        </message>
        <message>
            <source>{n} changes sent</source>
            <translation>{n} modifications envoyées</translation>
        </message>
        <message>
            <source>{n} received</source>
            <translation>reçus : {n}</translation>
        </message>
        <message>
            <source>{n} merged</source>
            <translation>fusionnés : {n}</translation>
        </message>
        <message>
            <source>{n} deleted</source>
            <translation>supprimés : {n}</translation>
        </message>
        <message>
            <source>{n} conflict</source>
            <translation>{n} conflit</translation>
        </message>
        <message>
            <source>{n} conflicts</source>
            <translation>{n} conflits</translation>
        </message>
        <message>
            <source>{n} refused</source>
            <translation>refusés : {n}</translation>
        </message>
        <message>
            <source>{n} deletion waits for your confirmation</source>
            <translation>{n} suppression attend votre confirmation</translation>
        </message>
        <message>
            <source>{n} deletions wait for your confirmation</source>
            <translation>{n} suppressions attendent votre confirmation</translation>
        </message>
        <message>
            <source>Synced: {line}; {waiting}</source>
            <translation>Synchronisé : {line} ; {waiting}</translation>
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
            <source>{n} contact was deleted on the server. Delete it here too?</source>
            <translation>{n} contact a été supprimé sur le serveur. Le supprimer aussi ici ?</translation>
        </message>
        <message>
            <source>{n} contacts were deleted on the server. Delete them here too?</source>
            <translation>{n} contacts ont été supprimés sur le serveur. Les supprimer aussi ici ?</translation>
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
        <message>
            <source>{n} tag</source>
            <translation>{n} étiquette</translation>
        </message>
        <message>
            <source>{n} tags</source>
            <translation>{n} étiquettes</translation>
        </message>
        <message>
            <source>{n} match</source>
            <translation>{n} résultat</translation>
        </message>
        <message>
            <source>{n} matches</source>
            <translation>{n} résultats</translation>
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
            <source>Remove tag “{name}” from {n} contact?</source>
            <translation>Retirer l'étiquette « {name} » de {n} contact ?</translation>
        </message>
        <message>
            <source>Remove tag “{name}” from {n} contacts?</source>
            <translation>Retirer l'étiquette « {name} » de {n} contacts ?</translation>
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
            <source>Tag “{name}” deleted and taken from {n} contact</source>
            <translation>Étiquette « {name} » supprimée et retirée de {n} contact</translation>
        </message>
        <message>
            <source>Tag “{name}” deleted and taken from {n} contacts</source>
            <translation>Étiquette « {name} » supprimée et retirée de {n} contacts</translation>
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
        <message>
            <source>{n} contact in the trash</source>
            <translation>{n} contact dans la corbeille</translation>
        </message>
        <message>
            <source>{n} contacts in the trash</source>
            <translation>{n} contacts dans la corbeille</translation>
        </message>
        <message>
            <source>{n} match</source>
            <translation>{n} résultat</translation>
        </message>
        <message>
            <source>{n} matches</source>
            <translation>{n} résultats</translation>
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
            <source>{n} contacts restored</source>
            <translation>{n} contacts restaurés</translation>
        </message>
        <message>
            <source>{n} contact could not be restored:</source>
            <translation>{n} contact n'a pas pu être restauré :</translation>
        </message>
        <message>
            <source>{n} contacts could not be restored:</source>
            <translation>{n} contacts n'ont pas pu être restaurés :</translation>
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
            <source>Delete {n} contacts for good?</source>
            <translation>Supprimer définitivement {n} contacts ?</translation>
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
            <source>{n} contacts deleted for good</source>
            <translation>{n} contacts supprimés définitivement</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>Suppression…</translation>
        </message>
        <message>
            <source>Delete the {n} contact in the trash for good?</source>
            <translation>Supprimer définitivement {n} contact de la corbeille ?</translation>
        </message>
        <message>
            <source>Delete all {n} contacts in the trash for good?</source>
            <translation>Supprimer définitivement les {n} contacts de la corbeille ?</translation>
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
            <source>{n} contact deleted for good</source>
            <translation>{n} contact supprimé définitivement</translation>
        </message>
        <message>
            <source> (this cannot be undone)</source>
            <translation> (opération irréversible)</translation>
        </message>
        <message>
            <source>; {n} kept</source>
            <translation> ; conservés : {n}</translation>
        </message>
        <message>
            <source>{n} contact could not be deleted for good and stays in the trash:</source>
            <translation>{n} contact n'a pas pu être supprimé définitivement et reste dans la corbeille :</translation>
        </message>
        <message>
            <source>{n} contacts could not be deleted for good and stay in the trash:</source>
            <translation>{n} contacts n'ont pas pu être supprimés définitivement et restent dans la corbeille :</translation>
        </message>
        <message>
            <source>{n} kept</source>
            <translation>conservés : {n}</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… et {n} autres</translation>
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
            <translation>Liée à aucune organisation</translation>
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

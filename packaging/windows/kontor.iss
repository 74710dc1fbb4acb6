; Kontor's Windows installer (Inno Setup 6): a per-user install that needs no administrator.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\kontor.iss
;
; AppVersion is the version from pyproject.toml (the release workflow passes it); the build
; (python packaging\build.py) must have made dist\kontor and build\icons first.  The setup
; program lands in dist\installer.
;
; - installs into %LOCALAPPDATA%\Programs\Kontor ({userpf}); Kontor keeps the user's data in
;   %LOCALAPPDATA%\Kontor, a different folder, so updates and uninstalls never touch it;
; - Start-menu shortcut, optional desktop shortcut;
; - optional .vcf association under HKEY_CURRENT_USER: opening a vCard runs
;   kontor.exe import "file.vcf";
; - the uninstaller removes the program and asks (default: No) whether to delete the user's
;   database, backups and settings too; a silent uninstall keeps them unless run with
;   /DeleteUserData=yes.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\windows\kontor.iss
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\kontor"
#endif
#ifndef IconsDir
  #define IconsDir AddBackslash(SourcePath) + "..\..\build\icons"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist\installer"
#endif

#define AppName "Kontor"
#define AppPublisher "Kontor"
#define AppExeName "kontor.exe"
#define AppIcon "kontor.ico"
#define VcardProgId "Kontor.vCard"

[Setup]
AppId={{F6D043D4-DCBC-4219-AA95-9B9B916ED3CB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
VersionInfoCompany={#AppPublisher}
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename=Kontor-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconsDir}\{#AppIcon}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
ChangesAssociations=yes
CloseApplications=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
english.FileTypes=File types:
german.FileTypes=Dateitypen:
dutch.FileTypes=Bestandstypen:
french.FileTypes=Types de fichiers :
english.AssociateVcard=Open vCard files (.vcf) with Kontor to import them
german.AssociateVcard=vCard-Dateien (.vcf) mit Kontor öffnen, um sie zu importieren
dutch.AssociateVcard=vCard-bestanden (.vcf) met Kontor openen om ze te importeren
french.AssociateVcard=Ouvrir les fichiers vCard (.vcf) avec Kontor pour les importer
english.VcardFile=vCard contact file
german.VcardFile=vCard-Kontaktdatei
dutch.VcardFile=vCard-contactbestand
french.VcardFile=Fichier de contacts vCard
english.DeleteUserData=Also delete your Kontor data in%n%n%1%n%n(your contacts database, its backups and your settings)?%n%nChoose No to keep them for a later installation.
german.DeleteUserData=Auch Ihre Kontor-Daten in%n%n%1%n%n(Ihre Kontaktdatenbank, deren Sicherungen und Ihre Einstellungen) löschen?%n%nWählen Sie „Nein“, um sie für eine spätere Installation zu behalten.
dutch.DeleteUserData=Ook uw Kontor-gegevens in%n%n%1%n%n(uw contactendatabase, de back-ups en uw instellingen) verwijderen?%n%nKies Nee om ze te bewaren voor een latere installatie.
french.DeleteUserData=Supprimer aussi vos données Kontor dans%n%n%1%n%n(votre base de contacts, ses sauvegardes et vos réglages) ?%n%nChoisissez Non pour les conserver pour une installation ultérieure.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associatevcard"; Description: "{cm:AssociateVcard}"; GroupDescription: "{cm:FileTypes}"

[InstallDelete]
; An update replaces the whole program folder, so no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; The .vcf association, for this user only (HKEY_CURRENT_USER\Software\Classes).
Root: HKCU; Subkey: "Software\Classes\.vcf\OpenWithProgids"; ValueType: string; ValueName: "{#VcardProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associatevcard
Root: HKCU; Subkey: "Software\Classes\{#VcardProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:VcardFile}"; Flags: uninsdeletekey; Tasks: associatevcard
Root: HKCU; Subkey: "Software\Classes\{#VcardProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"; Tasks: associatevcard
Root: HKCU; Subkey: "Software\Classes\{#VcardProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" --import ""%1"""; Tasks: associatevcard
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".vcf"; ValueData: ""; Flags: uninsdeletekey; Tasks: associatevcard

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
// Where Kontor keeps the user's database and its backups (platformdirs' user data folder).
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

function ShouldDeleteUserData(DataDir: String): Boolean;
begin
  if UninstallSilent() then
    Result := CompareText(ExpandConstant('{param:DeleteUserData|no}'), 'yes') = 0
  else
    Result := MsgBox(FmtMessage(CustomMessage('DeleteUserData'), [DataDir]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := UserDataDir();
  if not DirExists(DataDir) then
    exit;
  if ShouldDeleteUserData(DataDir) then
  begin
    DelTree(DataDir, True, True, True);
    // The window layout Qt keeps for Kontor (QSettings "Kontor", "Kontor").
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\{#AppPublisher}\{#AppName}');
    RegDeleteKeyIfEmpty(HKEY_CURRENT_USER, 'Software\{#AppPublisher}');
  end;
end;

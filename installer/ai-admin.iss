; Inno Setup 6 script: packs dist\ai-admin\ (built by installer\build.py) into one setup program,
; dist\ai-admin-<version>-windows-x64-setup.exe. Build steps: docs\installer.md.
;   iscc /DAppVersion=0.1.0 installer\ai-admin.iss
; installer\build.py runs this itself on Windows when iscc.exe is found.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "AI Admin"
#define AppExe "ai-admin.exe"
#define SourceDir "..\dist\ai-admin"

[Setup]
; The AppId identifies the app across versions (upgrades, uninstall): never change it.
AppId={{E5724022-7A81-46F7-A73A-6009C2C7B618}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=ai-admin-{#AppVersion}-windows-x64-setup
SetupIconFile=..\build\installer\stage\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running AI Admin (it stops its bridges cleanly) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "hebrew"; MessagesFile: "compiler:Languages\Hebrew.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle: ai-admin.exe (window), ai-admin-cli.exe (commands such as doctor),
; _internal\ (Python, Qt, node\node.exe, bridge\, licenses\).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an earlier version that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} licences"; Filename: "{app}\_internal\licenses\THIRD-PARTY.md"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The data folder (%LOCALAPPDATA%\AI Admin: database, WhatsApp sessions, logs) is not touched by
; installing, upgrading or uninstalling.

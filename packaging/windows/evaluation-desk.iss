; Inno Setup 6 script: a per-user installer for dist\evaluation-desk\ (no administrator rights:
; committee laptops are often locked down). Built by build.ps1 -Installer; see NOTES.md.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6A0B7C52-3F1E-4C57-9F0C-2C1B7E3D5A91}
AppName=평가위원 데스크 (Evaluation Desk)
AppVersion={#AppVersion}
AppPublisher=Evaluation Desk
DefaultDirName={localappdata}\Programs\Evaluation Desk
DefaultGroupName=평가위원 데스크
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=evaluation-desk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\evaluation-desk.ico
UninstallDisplayIcon={app}\evaluation-desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\evaluation-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\평가위원 데스크"; Filename: "{app}\evaluation-desk.exe"
Name: "{userdesktop}\평가위원 데스크"; Filename: "{app}\evaluation-desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\evaluation-desk.exe"; Description: "{cm:LaunchProgram,평가위원 데스크}"; Flags: nowait postinstall skipifsilent

; The workspace (%LOCALAPPDATA%\evaluation-desk\evaluation-desk) is NOT removed on uninstall:
; it holds the member's scores and signed sheets.

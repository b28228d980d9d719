; Rivulet's Windows installer (Inno Setup 6.3 or newer, 7 too): per user, no administrator rights.
; The release workflow freezes the app into dist\rivulet (packaging\rivulet.spec), then runs
;   ISCC.exe /DAppVersion=1.2.3 /DNumericVersion=1.2.3.0 packaging\windows\rivulet.iss
; which writes dist\rivulet-<version>-windows-x86_64-setup.exe. Paths are relative to this file.
;
; The user's data is never in the install folder and never touched here: conversations,
; settings and the log live in %LOCALAPPDATA%\Rivulet (platformdirs' user_data_dir, not
; roaming), keys in Windows Credential Manager. The install folder is
; %LOCALAPPDATA%\Programs\Rivulet, a sibling, not a parent. Installing, upgrading and
; uninstalling only add or remove the files listed under [Files], so there is no
; [UninstallDelete] section: tests/packaging/test_workflows.py keeps it that way.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (for x64compatible)
#endif
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (from core/version.py)
#endif
#ifndef NumericVersion
  #define NumericVersion "0.0.0.0"
#endif
#ifndef FrozenDir
  #define FrozenDir "..\..\dist\rivulet"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  ; Rendered from resources\rivulet.svg by packaging\icons.py while the spec runs.
  #define IconFile "..\..\build\icons\rivulet.ico"
#endif

[Setup]
; Fixed forever: Windows recognises upgrades and the uninstaller by this id.
AppId={{380FD3BF-2CB8-47C9-85A8-037D4517E28A}
AppName=Rivulet
AppVersion={#AppVersion}
AppVerName=Rivulet {#AppVersion}
AppPublisher=Rivulet
VersionInfoVersion={#NumericVersion}
; No administrator rights: {autopf} is then %LOCALAPPDATA%\Programs. The dialog lets
; someone who is an administrator install for all users instead (C:\Program Files).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Rivulet
DisableDirPage=auto
DefaultGroupName=Rivulet
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 or newer (Qt 6 needs it).
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=rivulet-{#AppVersion}-windows-x86_64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\rivulet.exe
UninstallDisplayName=Rivulet
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An upgrade while Rivulet runs asks to close it first (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle: a library an older version carried and this one does not
; must not stay behind and be loaded. Only the app's own folder inside the install folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#FrozenDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Rivulet"; Filename: "{app}\rivulet.exe"
Name: "{autodesktop}\Rivulet"; Filename: "{app}\rivulet.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\rivulet.exe"; Description: "{cm:LaunchProgram,Rivulet}"; Flags: nowait postinstall skipifsilent

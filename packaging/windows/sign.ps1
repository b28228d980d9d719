# Sign files with Rivulet's code-signing certificate: ./sign.ps1 FILE...
# Reads WINDOWS_CERTIFICATE (the .pfx, base64) and WINDOWS_CERTIFICATE_PASSWORD from the
# environment (the release workflow passes its secrets). A timestamp keeps signatures
# valid after the certificate expires. Without a certificate nothing calls this script.
$ErrorActionPreference = "Stop"
if ($args.Count -eq 0) { throw "usage: sign.ps1 FILE..." }
if (-not $env:WINDOWS_CERTIFICATE) { throw "WINDOWS_CERTIFICATE is not set" }

# The newest signtool of the Windows SDKs on the machine.
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
  Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw "signtool.exe not found (install the Windows SDK)" }

$pfx = Join-Path $env:RUNNER_TEMP "rivulet-signing.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE))
try {
  & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERTIFICATE_PASSWORD `
    /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /d Rivulet @args
  if ($LASTEXITCODE -ne 0) { throw "signtool failed ($LASTEXITCODE)" }
  & $signtool.FullName verify /pa /v @args
  if ($LASTEXITCODE -ne 0) { throw "the signature does not verify ($LASTEXITCODE)" }
} finally {
  Remove-Item -Force $pfx
}

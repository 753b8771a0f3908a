# Build Evaluation Desk for Windows: dist\evaluation-desk\ (one folder), self-test it, and
# optionally sign it and make the installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Sign] [-Installer]
#
# Needs Python 3.11 x64 from python.org (py launcher), run from a checkout. -Sign needs
# signtool.exe (Windows SDK) and the signing certificate in the user's certificate store, named
# by $env:SIGN_CERT_SHA1 (its thumbprint) and $env:SIGN_TIMESTAMP_URL (your CA's RFC 3161
# timestamp service). -Installer needs Inno Setup 6 (ISCC.exe). See NOTES.md. UNTESTED on
# Windows so far: written from the Linux build, which CI runs.
param([switch]$Sign, [switch]$Installer)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q -e . "pyinstaller>=6.10,<7"
if ($LASTEXITCODE) { throw "pip install failed" }

$watch = [Diagnostics.Stopwatch]::StartNew()
& $py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller `
    packaging\evaluation-desk.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
$out = "dist\evaluation-desk"
$size = (Get-ChildItem $out -Recurse | Measure-Object Length -Sum).Sum / 1MB
"build: {0:N0} s, {1:N0} MiB in {2}" -f $watch.Elapsed.TotalSeconds, $size, $out

# evaluation-desk.exe is windowed (no console to print to): the console twin prints the report.
& "$out\evaluator.exe" gui --self-test
if ($LASTEXITCODE) { throw "self-test failed" }

if ($Sign) {
    if (-not $env:SIGN_CERT_SHA1 -or -not $env:SIGN_TIMESTAMP_URL) {
        throw "set SIGN_CERT_SHA1 and SIGN_TIMESTAMP_URL to sign"
    }
    # Sign every program and Python extension the bundle loads, not only the two .exe files:
    # unsigned .pyd/.dll files are what antivirus heuristics flag in PyInstaller folders.
    # Files Qt/Python already ship signed (Valid) keep their vendor's signature.
    $files = @(Get-ChildItem $out -Recurse -Include *.exe, *.dll, *.pyd |
        Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" } |
        ForEach-Object FullName)
    for ($i = 0; $i -lt $files.Count; $i += 50) {  # 50 per call: the command line stays short
        $batch = $files[$i..([math]::Min($i + 49, $files.Count - 1))]
        signtool sign /fd SHA256 /td SHA256 /tr $env:SIGN_TIMESTAMP_URL /sha1 $env:SIGN_CERT_SHA1 $batch
        if ($LASTEXITCODE) { throw "signtool failed" }
    }
    signtool verify /pa "$out\evaluation-desk.exe" "$out\evaluator.exe"
    if ($LASTEXITCODE) { throw "signature check failed" }
}

if ($Installer) {
    $version = (& "$out\evaluator.exe" --version).Split(" ")[-1]
    & ISCC.exe "/DAppVersion=$version" packaging\windows\evaluation-desk.iss
    if ($LASTEXITCODE) { throw "Inno Setup failed" }
    if ($Sign) {
        $setup = "dist\evaluation-desk-$version-setup.exe"
        signtool sign /fd SHA256 /td SHA256 /tr $env:SIGN_TIMESTAMP_URL /sha1 $env:SIGN_CERT_SHA1 $setup
        if ($LASTEXITCODE) { throw "signtool failed on the installer" }
    }
}

#!/usr/bin/env bash
# P4/P5: publish the Native AOT bootstrap once, then measure cold start (AOT vs JIT) and binary size.
# Usage: bench/coldstart.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/bootstrap-linux-x64
dotnet publish src/EcsScaling.Functions -c Release -r linux-x64 -p:PublishAot=true -p:StripSymbols=true -o "$out" --nologo -v quiet
dotnet build bench/EcsScaling.Bench -c Release --nologo -v quiet
dotnet bench/EcsScaling.Bench/bin/Release/net10.0/EcsScaling.Bench.dll coldstart --aot "$out/bootstrap" "$@"
dotnet bench/EcsScaling.Bench/bin/Release/net10.0/EcsScaling.Bench.dll size --aot "$out/bootstrap"

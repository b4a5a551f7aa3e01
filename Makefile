# SAM (BuildMethod: makefile) calls build-<LogicalId> with ARTIFACTS_DIR set. Every function is the
# same Native AOT executable; _HANDLER picks the function at run time.
# Architecture: RID=linux-x64 (default) or RID=linux-arm64, matching the template's Architecture
# parameter (cross-compiling arm64 from x64 needs the clang/lld cross toolchain; build on arm64 instead).
RID ?= $(or $(ECS_SCALING_RID),linux-x64)
CONFIGURATION ?= Release
PUBLISH_DIR := artifacts/publish-$(RID)

FUNCTIONS := DrainFunction RebalanceFunction PoliciesFunction ClusterMetricsFunction OpsFunction ParseEventFunction

.PHONY: publish test simulate $(addprefix build-,$(FUNCTIONS))

publish:
	dotnet publish src/EcsScaling.Functions -c $(CONFIGURATION) -r $(RID) -p:PublishAot=true -p:StripSymbols=true -o $(PUBLISH_DIR)

$(addprefix build-,$(FUNCTIONS)): publish
	cp $(PUBLISH_DIR)/bootstrap $(ARTIFACTS_DIR)/bootstrap
	cp -r $(PUBLISH_DIR)/policies $(ARTIFACTS_DIR)/policies

test:
	dotnet test Functions.sln

simulate:
	dotnet run --project src/EcsScaling.Cli -- simulate

using System.CommandLine;
using EcsScaling.Cli.Ops;
using EcsScaling.Cli.Simulate;

// The ops CLI root: each command lives in its own folder and adds itself here.
var root = new RootCommand("EcsScaling: drain, rebalance and scaling policies for ECS on EC2 — ops and local tooling.");
root.Subcommands.Add(SimulateCommand.Create());
OpsCommandLine.AddTo(root);
return await OpsCommandLine.InvokeAsync(root, args);

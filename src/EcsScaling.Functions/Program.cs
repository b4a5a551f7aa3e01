using EcsScaling.Core.Gateways;
using EcsScaling.Functions.Functions;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Observability;

// The Lambda entry point: one binary for every function, _HANDLER picks which.
var time = TimeProvider.System;
var functionName = Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME")
    ?? Environment.GetEnvironmentVariable(LambdaBootstrap.FunctionVariable)
    ?? Environment.GetEnvironmentVariable("_HANDLER")
    ?? "bootstrap";
var metricNamespace = Environment.GetEnvironmentVariable("ECS_SCALING_METRIC_NAMESPACE") ?? "EcsScaling";
var telemetry = new JsonLineTelemetry(Console.OpenStandardOutput(), time, functionName, metricNamespace);
var functions = FunctionCatalog.Create(CreateAwsGateways, time, telemetry);
return await LambdaBootstrap.RunAsync(Environment.GetEnvironmentVariable, functions, telemetry, time, CancellationToken.None);

// SEAM for the AWS adapters (src/EcsScaling.Aws, branch aws): replace the body with the AWS
// GatewaySet factory, e.g. `AwsGateways.FromEnvironment()`. Called lazily, only by functions that talk to AWS.
static GatewaySet CreateAwsGateways() =>
    throw new InvalidOperationException("the AWS gateways are not wired into the bootstrap yet (Program.CreateAwsGateways)");

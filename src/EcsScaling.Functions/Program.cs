using System.Collections;
using EcsScaling.Aws;
using EcsScaling.Functions;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Observability;

// The Lambda entry point: one binary for every function, _HANDLER picks which.
InitTimings.Mark("main");
var time = TimeProvider.System;
var functionName = Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME")
    ?? Environment.GetEnvironmentVariable(LambdaBootstrap.FunctionVariable)
    ?? Environment.GetEnvironmentVariable("_HANDLER")
    ?? "bootstrap";
var metricNamespace = Environment.GetEnvironmentVariable("ECS_SCALING_METRIC_NAMESPACE") ?? "EcsScaling";
var telemetry = new JsonLineTelemetry(Console.OpenStandardOutput(), time, functionName, metricNamespace);
InitTimings.Mark("telemetry");
var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
    .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
InitTimings.Mark("environment");
var functions = FunctionCatalog.Create(() => AwsGatewayFactory.FromEnvironment(), time, telemetry, environment);
InitTimings.Mark("catalog");
return await LambdaBootstrap.RunAsync(Environment.GetEnvironmentVariable, functions, telemetry, time, CancellationToken.None);

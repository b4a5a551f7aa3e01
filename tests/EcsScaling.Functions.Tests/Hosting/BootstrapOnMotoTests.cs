using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EcsScaling.Aws.Tests.Moto;
using EcsScaling.Bench.ColdStart;
using EcsScaling.Functions.Tests.Support;
using static EcsScaling.Functions.Tests.Support.BuiltBootstrap;

namespace EcsScaling.Functions.Tests.Hosting;

/// <summary>
/// The built executable calls AWS: credentials resolved, the request signed, sent and its answer read,
/// all through the SDK's pipeline as the Native AOT binary has it. The in-process tests cannot see
/// what the AOT compiler trimmed; a binary built without what the pipeline reaches by reflection
/// passed every parse-event test and failed every AWS call.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class BootstrapOnMotoTests(MotoServer moto)
{
    private const string Region = "eu-west-1";
    private static readonly TimeProvider Time = TimeProvider.System;

    public enum Credentials
    {
        /// <summary>Keys in the environment, as Lambda gives them.</summary>
        Environment,

        /// <summary>A shared credentials file: the SDK's default chain past the environment.</summary>
        Profile,
    }

    [SkippableTheory]
    [InlineData(Build.Jit, Credentials.Environment)]
    [InlineData(Build.Aot, Credentials.Environment)]
    [InlineData(Build.Aot, Credentials.Profile)]
    public async Task The_built_executable_answers_ops_status_from_aws(Build build, Credentials credentials)
    {
        moto.RequireRunning();
        await CreateClusterAsync("prod");
        var home = Directory.CreateTempSubdirectory("bootstrap-home-");
        try
        {
            using var api = new FakeRuntimeApi(
                RuntimeRun.Invocation("found", """{"command":"status","cluster":"prod"}""", Time),
                RuntimeRun.Invocation("missing", """{"command":"status","cluster":"missing"}""", Time));
            using var process = Start(build, api.Address, "ops", Environment(credentials, home.FullName));
            var stdout = process.StandardOutput.ReadToEndAsync();

            await Task.WhenAny(api.AllAnswered, process.WaitForExitAsync()).WaitAsync(RuntimeRun.Guard);
            process.Kill();
            await process.WaitForExitAsync();

            var answers = api.Answers;
            Assert.True(answers.Count == 2, $"answers: {string.Join(" | ", answers)}; stdout: {await stdout}");
            Assert.Equal(("found", "response"), (answers[0].RequestId, answers[0].Kind));
            Assert.Contains("""{"measurement":{"cluster":"prod",""", answers[0].Body);
            // The error code is read from AWS's answer, and the stack trace still names our methods (P5 keeps them readable).
            Assert.Equal(("missing", "error", "AwsCallException"), (answers[1].RequestId, answers[1].Kind, answers[1].ErrorType));
            Assert.Contains("ClusterNotFoundException", answers[1].Body);
            var top = JsonDocument.Parse(answers[1].Body).RootElement.GetProperty("stackTrace")[0].GetString()!;
            Assert.True(top.Contains("EcsScaling.Aws.Wire.AwsCaller", StringComparison.Ordinal) && top.Contains("SendAsync", StringComparison.Ordinal), top);
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    private Dictionary<string, string> Environment(Credentials credentials, string home)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_REGION"] = Region,
            ["AWS_ENDPOINT_URL"] = moto.Endpoint.AbsoluteUri,
            // No profile or config of the machine running the tests is read.
            ["HOME"] = home,
            ["AWS_CONFIG_FILE"] = Path.Combine(home, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home, "credentials"),
        };
        if (credentials == Credentials.Environment)
        {
            (environment["AWS_ACCESS_KEY_ID"], environment["AWS_SECRET_ACCESS_KEY"], environment["AWS_SESSION_TOKEN"]) = ("AKIDENVIRONMENT", "secret", "token");
        }
        else
        {
            File.WriteAllText(environment["AWS_SHARED_CREDENTIALS_FILE"], "[default]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = secret\n");
        }

        return environment;
    }

    /// <summary>Moto checks no signature: the scope's region is all it reads.</summary>
    private async Task CreateClusterAsync(string name)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, moto.Endpoint)
        {
            Content = new StringContent($$"""{"clusterName":"{{name}}"}""", Encoding.UTF8),
        };
        request.Headers.Add("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.CreateCluster");
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=AKIDTEST/20261207/{Region}/ecs/aws4_request, SignedHeaders=host, Signature=0");
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}

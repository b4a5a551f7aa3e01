using System.Text;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

/// <summary>
/// Signatures pinned to botocore's SigV4Auth (botocore 1.43, the image's) for the same requests, made with:
/// <c>SigV4Auth(Credentials(key, secret, token), service, region).add_auth(AWSRequest('POST', url, data=body, headers=headers))</c>
/// with <c>botocore.auth.get_current_datetime</c> patched to 2026-12-07 21:15:30 UTC.
/// </summary>
public class SigV4Tests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Timestamp = "20261207T211530Z";

    [Fact]
    public void An_awsJson_request_with_a_session_token_signs_as_botocore_does()
    {
        var headers = new List<(string, string)>
        {
            ("Content-Type", "application/x-amz-json-1.1"),
            ("Host", "ecs.eu-west-1.amazonaws.com"),
            ("X-Amz-Date", Timestamp),
            ("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListServices"),
            ("X-Amz-Security-Token", "session-token-example"),
        };

        var authorization = SigV4.Authorization("POST", "/", headers, Encoding.UTF8.GetBytes("""{"cluster":"main"}"""),
            new AwsCredentials("AKIDEXAMPLE", Secret, "session-token-example"), "eu-west-1", "ecs", Timestamp);

        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/eu-west-1/ecs/aws4_request, " +
            "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, " +
            "Signature=2d21b802ab8b465fa609d415ce5fa7de91734eaf838214e2226dc9b555e4eb48", authorization);
    }

    [Fact]
    public void An_awsQuery_request_to_a_loopback_port_signs_as_botocore_does()
    {
        var headers = new List<(string, string)>
        {
            ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
            ("Host", "127.0.0.1:5123"),
            ("X-Amz-Date", Timestamp),
        };

        var authorization = SigV4.Authorization("POST", "/", headers, Encoding.UTF8.GetBytes("Action=DescribeAutoScalingGroups&Version=2011-01-01"),
            new AwsCredentials("AKIDEXAMPLE", Secret, null), "us-west-2", "autoscaling", Timestamp);

        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/us-west-2/autoscaling/aws4_request, SignedHeaders=content-type;host;x-amz-date, " +
            "Signature=b010054bd8c0b63dbf4eb6ab54a5b4b5ba29b4252c2ecbbf9971ddbbe48626bf", authorization);
    }

    [Fact]
    public void Header_order_case_and_spacing_do_not_change_the_signature_but_the_body_does()
    {
        var credentials = new AwsCredentials("AKIDEXAMPLE", Secret, null);
        var body = Encoding.UTF8.GetBytes("Action=X");
        string Sign(IReadOnlyList<(string, string)> headers, byte[] payload) =>
            SigV4.Authorization("POST", "/", headers, payload, credentials, "us-west-2", "autoscaling", Timestamp);

        var plain = Sign([("Host", "h"), ("X-Amz-Date", Timestamp), ("Content-Type", "a; b")], body);

        Assert.Equal(plain, Sign([("content-type", "  a;   b "), ("x-amz-date", Timestamp), ("HOST", "h")], body));
        Assert.NotEqual(plain, Sign([("Host", "h"), ("X-Amz-Date", Timestamp), ("Content-Type", "a; b")], Encoding.UTF8.GetBytes("Action=Y")));
    }

    [Fact]
    public void The_timestamp_is_basic_ISO_8601_in_UTC()
    {
        Assert.Equal(Timestamp, SigV4.Timestamp(new DateTimeOffset(2026, 12, 7, 22, 15, 30, TimeSpan.FromHours(1))));
    }
}

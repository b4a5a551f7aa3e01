using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Signature Version 4 for the POSTs this project sends (docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html):
/// a canonical request of method, path, empty query, every header sent but the user agent (lower-cased, sorted, values trimmed)
/// and the body's SHA-256; signed with the key derived from the secret, the date, the region and the service.
/// Checked against botocore's signer in SigV4Tests.
/// </summary>
public static class SigV4
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>The X-Amz-Date value: basic ISO 8601 in UTC.</summary>
    public static string Timestamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <param name="headers">Every header to sign, host and x-amz-date (and x-amz-security-token with temporary keys) included.</param>
    public static string Authorization(string method, string path, IReadOnlyList<(string Name, string Value)> headers, ReadOnlySpan<byte> body,
        AwsCredentials credentials, string region, string service, string timestamp)
    {
        var sorted = headers.Select(h => (Name: h.Name.ToLowerInvariant(), Value: Canonical(h.Value))).OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
        var signedHeaders = string.Join(';', sorted.Select(h => h.Name));
        var canonicalRequest = new StringBuilder()
            .Append(method).Append('\n')
            .Append(path).Append('\n')
            .Append('\n');
        foreach (var (name, value) in sorted)
        {
            canonicalRequest.Append(name).Append(':').Append(value).Append('\n');
        }

        canonicalRequest.Append('\n').Append(signedHeaders).Append('\n').Append(Hex(SHA256.HashData(body)));
        var date = timestamp[..8];
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"{Algorithm}\n{timestamp}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest.ToString())))}";
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretAccessKey), date), region), service), "aws4_request");
        return $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={Hex(Hmac(key, stringToSign))}";
    }

    /// <summary>Leading and trailing spaces dropped, runs of spaces inside made one.</summary>
    private static string Canonical(string value) => string.Join(' ', value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}

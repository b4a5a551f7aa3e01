using EcsScaling.Functions.Events;

namespace EcsScaling.Functions.Tests.Events;

public class ArnsTests
{
    [Theory]
    [InlineData("arn:aws:cloudwatch:eu-west-1:123456789012:alarm:a:b", "eu-west-1", "123456789012")]
    [InlineData("arn:aws-cn:sns:cn-north-1:123456789012:topic", "cn-north-1", "123456789012")]
    [InlineData("arn:aws:iam::123456789012:role/x", null, "123456789012")]
    [InlineData("not-an-arn", null, null)]
    [InlineData(null, null, null)]
    public void Region_and_account_come_from_their_positions(string? arn, string? region, string? account)
    {
        Assert.Equal((region, account), (Arns.Region(arn), Arns.Account(arn)));
    }
}

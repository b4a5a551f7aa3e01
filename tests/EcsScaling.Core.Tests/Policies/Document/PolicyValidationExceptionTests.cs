using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies.Document;

public class PolicyValidationExceptionTests
{
    [Fact]
    public void One_error_is_the_message_and_several_are_counted_and_listed_one_per_line()
    {
        Assert.Equal("a: bad", new PolicyValidationException("a: bad").Message);
        Assert.Equal($"2 errors:{Environment.NewLine}  a: bad{Environment.NewLine}  b: worse", new PolicyValidationException(["a: bad", "b: worse"]).Message);
    }
}

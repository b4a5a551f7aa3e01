"""Seeds regions of a running moto_server with a small ECS-on-EC2 world each; prints {region: ids} as JSON.

Usage: python3 moto_seed.py <endpoint> <region>...  (one process: importing boto3 is the slow part)
"""
import json
import sys

import boto3

endpoint = sys.argv[1]


def client(name, region):
    return boto3.client(name, region_name=region, endpoint_url=endpoint,
                        aws_access_key_id="testing", aws_secret_access_key="testing")


def seed(region):
    def client_in(name):
        return client(name, region)

    ec2, ecs, asg, elb, cw = (client_in(n) for n in ("ec2", "ecs", "autoscaling", "elbv2", "cloudwatch"))
    zone = region + "a"
    ami = "ami-12c6146b"  # moto's example AMI: describe_images would load every AMI of the region (seconds)

    asg.create_launch_configuration(LaunchConfigurationName="lc", ImageId=ami, InstanceType="t3.large")
    asg.create_auto_scaling_group(AutoScalingGroupName="ecs-asg", LaunchConfigurationName="lc", MinSize=0, MaxSize=6,
                                  DesiredCapacity=3, AvailabilityZones=[zone], NewInstancesProtectedFromScaleIn=False,
                                  Tags=[{"Key": "team", "Value": "sre", "PropagateAtLaunch": False,
                                         "ResourceId": "ecs-asg", "ResourceType": "auto-scaling-group"}])
    asg.put_lifecycle_hook(AutoScalingGroupName="ecs-asg", LifecycleHookName="drain-hook",
                           LifecycleTransition="autoscaling:EC2_INSTANCE_TERMINATING", HeartbeatTimeout=900,
                           DefaultResult="CONTINUE", NotificationMetadata="meta")
    instance_ids = sorted(i["InstanceId"] for i in
                          asg.describe_auto_scaling_groups(AutoScalingGroupNames=["ecs-asg"])["AutoScalingGroups"][0]["Instances"])

    cluster_arn = ecs.create_cluster(clusterName="main", tags=[{"key": "owner", "value": "sre"}])["cluster"]["clusterArn"]
    # A capacity provider on a group of its own, so that it acts on none of the instances the other tests use.
    asg.create_auto_scaling_group(AutoScalingGroupName="cp-asg", LaunchConfigurationName="lc", MinSize=0, MaxSize=2,
                                  DesiredCapacity=0, AvailabilityZones=[zone])
    cp_group_arn = asg.describe_auto_scaling_groups(AutoScalingGroupNames=["cp-asg"])["AutoScalingGroups"][0]["AutoScalingGroupARN"]
    ecs.create_capacity_provider(name="main-cp", autoScalingGroupProvider={
        "autoScalingGroupArn": cp_group_arn, "managedScaling": {"status": "ENABLED", "targetCapacity": 100},
        "managedTerminationProtection": "ENABLED", "managedDraining": "ENABLED"})
    ecs.put_cluster_capacity_providers(cluster="main", capacityProviders=["main-cp"], defaultCapacityProviderStrategy=[])
    container_instances = {}
    for instance_id in instance_ids:
        document = json.dumps({"instanceId": instance_id, "region": region, "availabilityZone": zone,
                               "instanceType": "t3.large", "imageId": ami, "accountId": "123456789012"})
        registered = ecs.register_container_instance(
            cluster="main", instanceIdentityDocument=document,
            totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 2048},
                            {"name": "MEMORY", "type": "INTEGER", "integerValue": 7680}])
        container_instances[instance_id] = registered["containerInstance"]["containerInstanceArn"]

    task_definition = ecs.register_task_definition(
        family="web", networkMode="bridge",
        containerDefinitions=[{"name": "web", "image": "nginx", "cpu": 256, "memory": 512,
                               "portMappings": [{"containerPort": 80, "hostPort": 0}]}])["taskDefinition"]["taskDefinitionArn"]
    services = []
    for index in range(12):
        created = ecs.create_service(cluster="main", serviceName=f"svc-{index:02d}", taskDefinition="web", desiredCount=1,
                                     deploymentConfiguration={"minimumHealthyPercent": 50, "maximumPercent": 200},
                                     placementStrategy=[{"type": "spread", "field": "attribute:ecs.availability-zone"}],
                                     tags=[{"key": "index", "value": str(index)}])
        services.append(created["service"]["serviceArn"])
    tasks = [t["taskArn"] for t in ecs.start_task(cluster="main", taskDefinition="web", startedBy="seed",
                                                  containerInstances=[container_instances[instance_ids[0]]] * 3)["tasks"]]

    vpc = ec2.describe_vpcs()["Vpcs"][0]["VpcId"]
    target_group = elb.create_target_group(Name="web-tg", Protocol="HTTP", Port=80, VpcId=vpc, TargetType="instance")["TargetGroups"][0]["TargetGroupArn"]
    elb.register_targets(TargetGroupArn=target_group, Targets=[{"Id": i, "Port": 8080} for i in instance_ids[:2]])

    cw.put_metric_alarm(AlarmName="imbalance-high", MetricName="TaskImbalance", Namespace="EcsScaling", Statistic="Maximum",
                        Period=60, EvaluationPeriods=1, Threshold=2.0, ComparisonOperator="GreaterThanThreshold")

    return {
        "clusterArn": cluster_arn,
        "instanceIds": instance_ids,
        "containerInstances": container_instances,
        "taskDefinitionArn": task_definition,
        "serviceArns": services,
        "taskArns": tasks,
        "targetGroupArn": target_group,
    }


print(json.dumps({region: seed(region) for region in sys.argv[2:]}))

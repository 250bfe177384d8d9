// CDK entry: one BriefingStack, configured from context (`-c corsOrigins=https://a,https://b -c publicUrl=…`).
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BriefingStack } from './briefing-stack.ts';

const app = new App();

function contextList(name: string): string[] | undefined {
  const value: unknown = app.node.tryGetContext(name);
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value.trim()) return value.split(',').map((origin) => origin.trim()).filter(Boolean);
  return undefined;
}

function contextString(name: string): string | undefined {
  const value: unknown = app.node.tryGetContext(name);
  return typeof value === 'string' && value ? value : undefined;
}

const stack = new BriefingStack(app, contextString('stackName') ?? 'NegotiationBriefings', {
  description: 'Negotiation briefings: GraphQL over normalized facts and one-page PDF briefings per round',
  // Region and account come from the CLI's credentials, so one synthesized template deploys anywhere.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  corsOrigins: contextList('corsOrigins'),
  publicUrl: contextString('publicUrl'),
  logLevel: contextString('logLevel'),
});
Tags.of(stack).add('project', 'negotiation-briefings');

// Runs on every synth and fails it on any finding not acknowledged (with a reason) inside the stack.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

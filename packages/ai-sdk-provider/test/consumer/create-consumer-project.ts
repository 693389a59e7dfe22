import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { packWorkspacePackage } from './pack-workspace-package';

const execFileAsync = promisify(execFile);

export interface ConsumerProjectOptions {
  /** Shown in the temporary folder's name. */
  name: string;
  /** Registry packages to install next to the packed packages (`{ ai: '6.0.325' }`). */
  dependencies: Record<string, string>;
  /** `module` (ESM, the default) or `commonjs`. */
  type?: 'module' | 'commonjs';
  /** Files to write, by path relative to the project (`app.ts`, `cjs/package.json`, …). */
  files: Record<string, string>;
}

export interface ConsumerProject {
  dir: string;
  /** Runs a command in the project; rejects with its output when it fails. */
  run(command: string, args: string[], env?: Record<string, string>): Promise<string>;
  /**
   * Type-checks the project's `tsconfig.json` with the workspace's TypeScript and emits (if the
   * config says so). Throws with the diagnostics when there are any; returns the program, so its
   * type checker can inspect what the app sees.
   */
  compile(): ts.Program;
  dispose(): void;
}

/**
 * A fresh app in a temporary folder that installs the packed provider and the packed emulator
 * the way users do: `npm install` of the tarballs and the registry (the npm cache makes repeat
 * runs fast), nothing linked from the workspace. For tests of what users receive: export maps,
 * types, module formats, bins.
 */
export async function createConsumerProject(
  options: ConsumerProjectOptions,
): Promise<ConsumerProject> {
  const [provider, emulator] = await Promise.all([
    packWorkspacePackage('@ccapi/ai-sdk-provider'),
    packWorkspacePackage('@ccapi/emulator'),
  ]);
  const dir = mkdtempSync(join(tmpdir(), `ccapi-consumer-${options.name}-`));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `consumer-${options.name}`,
        private: true,
        type: options.type ?? 'module',
        dependencies: {
          '@ccapi/ai-sdk-provider': `file:${provider}`,
          '@ccapi/emulator': `file:${emulator}`,
          ...options.dependencies,
        },
      },
      null,
      2,
    ),
  );
  for (const [path, content] of Object.entries(options.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }

  const run = async (command: string, args: string[], env: Record<string, string> = {}) => {
    try {
      const { stdout } = await execFileAsync(command, args, {
        cwd: dir,
        env: { ...process.env, ...env },
        maxBuffer: 16 * 1024 * 1024,
      });
      return stdout;
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(
        `${command} ${args.join(' ')} failed in ${dir}:\n${stdout}\n${stderr}`.trim(),
      );
    }
  };

  await run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--loglevel=error',
    '--no-package-lock',
  ]);

  return {
    dir,
    run,
    compile: () => compileProject(dir),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function compileProject(dir: string): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (config == null) throw new Error(`no tsconfig.json in ${dir}`);
  const program = ts.createProgram(config.fileNames, config.options);
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...config.errors];
  if (diagnostics.length > 0) {
    throw new Error(
      ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (fileName) => fileName,
        getCurrentDirectory: () => dir,
        getNewLine: () => '\n',
      }),
    );
  }
  program.emit();
  return program;
}

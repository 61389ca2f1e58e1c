import type { CanMatchFn } from '@angular/router';

import type { Role } from '@haven/contracts';

import { decide } from './role.guards';

// Mirrors the API's permission table (board:read, task:write, closure:manage, user:manage,
// settings:manage); the API still decides, these only keep people away from pages whose every
// call would be refused.
const BOARD_READERS: readonly Role[] = ['supervisor'];
const TASK_WORKERS: readonly Role[] = ['advocate', 'supervisor'];
const SYSTEM_ADMINS: readonly Role[] = ['admin'];
const SETTINGS_MANAGERS: readonly Role[] = ['admin', 'supervisor'];

/** The organisation-wide deadline board and task reassignment are a supervisor's. */
export function canReadBoard(role: Role): boolean {
  return BOARD_READERS.includes(role);
}

/** Roles that have tasks of their own to complete. */
export function canWorkTasks(role: Role): boolean {
  return TASK_WORKERS.includes(role);
}

/** Users, court closures and follow-up lead times are run by admins. */
export function canAdministerSystem(role: Role): boolean {
  return SYSTEM_ADMINS.includes(role);
}

/** Follow-up lead times are the organisation's practice: admins and supervisors set them. */
export function canManageSettings(role: Role): boolean {
  return SETTINGS_MANAGERS.includes(role);
}

export const boardGuard: CanMatchFn = () => decide(canReadBoard, '/cases');
export const tasksGuard: CanMatchFn = () => decide(canWorkTasks, '/cases');
export const adminGuard: CanMatchFn = () => decide(canAdministerSystem, '/cases');
export const settingsGuard: CanMatchFn = () => decide(canManageSettings, '/cases');

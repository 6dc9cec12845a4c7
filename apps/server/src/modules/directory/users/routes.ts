import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../../platform/db/database.ts';
import * as schema from './schema.ts';
import * as service from './service.ts';

const tags = ['Danh bạ: tài khoản, phân quyền (users)'];

export function userRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Tài khoản trong phạm vi quản lý',
          querystring: schema.listUsersQuery,
          response: { 200: schema.userPage },
        },
      },
      async (request) => service.listUsers(db, request.ctx, request.query),
    );
    app.post(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Tạo tài khoản cho cán bộ',
          body: schema.createUserBody,
          response: { 201: schema.createdUser },
        },
      },
      async (request, reply) => reply.code(201).send(await service.createUser(db, request.ctx, request.body)),
    );
    app.get(
      '/api/users/:id',
      {
        schema: {
          tags,
          summary: 'Chi tiết tài khoản',
          params: schema.userParams,
          response: { 200: schema.user },
        },
      },
      async (request) => service.getUser(db, request.ctx, request.params.id),
    );
    app.patch(
      '/api/users/:id',
      {
        schema: {
          tags,
          summary: 'Sửa email, khóa hoặc mở khóa tài khoản',
          params: schema.userParams,
          body: schema.updateUserBody,
          response: { 200: schema.user },
        },
      },
      async (request) => service.updateUser(db, request.ctx, request.params.id, request.body),
    );
    app.post(
      '/api/users/:id/reset-password',
      {
        schema: {
          tags,
          summary: 'Đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)',
          params: schema.userParams,
          body: schema.resetPasswordBody,
          response: { 200: schema.temporaryPassword },
        },
      },
      async (request) => service.resetPassword(db, request.ctx, request.params.id, request.body.password),
    );
    app.post(
      '/api/users/:id/unlock',
      {
        schema: {
          tags,
          summary: 'Mở khóa sau nhiều lần đăng nhập sai',
          params: schema.userParams,
          response: { 200: schema.user },
        },
      },
      async (request) => service.unlockUser(db, request.ctx, request.params.id),
    );
    app.post(
      '/api/users/:id/reset-totp',
      {
        schema: {
          tags,
          summary: 'Tắt xác thực hai lớp (mất điện thoại)',
          params: schema.userParams,
          response: { 200: schema.user },
        },
      },
      async (request) => service.resetTotp(db, request.ctx, request.params.id),
    );
    app.post(
      '/api/users/:id/unlink-sso',
      {
        schema: {
          tags,
          summary: 'Bỏ liên kết đăng nhập một lần (SSO) của tài khoản',
          params: schema.userParams,
          response: { 200: schema.user },
        },
      },
      async (request) => service.unlinkSso(db, request.ctx, request.params.id),
    );
    app.post(
      '/api/users/:id/roles',
      {
        schema: {
          tags,
          summary: 'Giao vai trò tại một cơ quan',
          params: schema.userParams,
          body: schema.roleGrantBody,
          response: { 200: schema.user },
        },
      },
      async (request) => service.assignRole(db, request.ctx, request.params.id, request.body),
    );
    app.delete(
      '/api/users/:id/roles/:assignmentId',
      {
        schema: {
          tags,
          summary: 'Thu hồi vai trò',
          params: schema.assignmentParams,
          response: { 200: schema.user },
        },
      },
      async (request) => service.revokeRole(db, request.ctx, request.params.id, request.params.assignmentId),
    );
  };
}

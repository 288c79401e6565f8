export {
  type ApprovalAction,
  ApprovalActionSchema,
  type ApprovalError,
  type ApprovalState,
  ApprovalStateSchema,
  nextApprovalState,
} from './approval.js';

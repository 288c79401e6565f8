export {
  type ApprovalAction,
  ApprovalActionSchema,
  type ApprovalError,
  type ApprovalState,
  ApprovalStateSchema,
  nextApprovalState,
} from './approval.js';
export { dakNiaJanuary2025, type SampleMonth, type SampleSubmission } from './sample.js';

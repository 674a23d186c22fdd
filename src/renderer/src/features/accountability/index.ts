export { RepAccountabilitySection } from './RepAccountabilitySection';
